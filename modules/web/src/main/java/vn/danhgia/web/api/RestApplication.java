package vn.danhgia.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API: JSON under {@code /danhgia/api/v1}; described at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "DanhGia API",
        version = "1",
        description = "Đánh giá, xếp loại cán bộ, công chức, viên chức và người lao động. "
                + "Mọi lời gọi cần phiên đăng nhập; lỗi trả về JSON {code, message} với thông báo tiếng Việt."))
public class RestApplication extends Application {
}
