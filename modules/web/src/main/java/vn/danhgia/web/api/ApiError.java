package vn.danhgia.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The JSON body of every API error: a stable code for programs and a Vietnamese message for
 * people. Never a stack trace.
 *
 * @param code    stable error code, e.g. {@code UNAUTHENTICATED}, {@code DATABASE_UNAVAILABLE}
 * @param message explanation in Vietnamese
 */
public record ApiError(String code, String message) {

    public static ApiError unauthenticated() {
        return new ApiError("UNAUTHENTICATED", "Bạn cần đăng nhập để sử dụng chức năng này.");
    }

    public static ApiError badCredentials() {
        return new ApiError("BAD_CREDENTIALS", "Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    public static ApiError forbidden() {
        return new ApiError("FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.");
    }

    public static ApiError databaseUnavailable() {
        return new ApiError("DATABASE_UNAVAILABLE",
                "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.");
    }

    public static ApiError internal() {
        return new ApiError("INTERNAL_ERROR",
                "Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.");
    }

    public static ApiError notFound() {
        return new ApiError("NOT_FOUND", "Không tìm thấy tài nguyên được yêu cầu.");
    }

    public static ApiError badRequest(String message) {
        return new ApiError("BAD_REQUEST", message);
    }

    /** Writes the error outside JAX-RS (from the authentication mechanism). */
    public static void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(error));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot write JSON error", e);
        }
    }
}
