package vn.danhgia.web.api.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;

/** The staff registry (RULES.md ORG-2..10). */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cán bộ", description = "Danh sách và hồ sơ cán bộ, công chức, viên chức, người lao động")
public class PeopleResource {

    @Inject
    private PersonFacade people;

    @GET
    @Operation(summary = "Danh sách cán bộ: lọc theo tên (không cần dấu), đơn vị, loại, ngạch; sắp xếp; phân trang")
    public PersonPage search(@Parameter(description = "Họ tên, có hoặc không dấu") @QueryParam("q") String name,
                             @QueryParam("unitId") Long unitId,
                             @Parameter(description = "CAN_BO, CONG_CHUC, VIEN_CHUC, LDHD, KHONG_CHUYEN_TRACH")
                             @QueryParam("category") String category,
                             @Parameter(description = "Mã ngạch/hạng, ví dụ 01.003") @QueryParam("grade") String grade,
                             @Parameter(description = "Ngày (yyyy-MM-dd) đọc đơn vị, chức vụ, ngạch; mặc định hôm nay")
                             @QueryParam("asOf") LocalDate asOf,
                             @Parameter(description = "FULL_NAME, STAFF_CODE, BIRTH_DATE, UNIT, CATEGORY")
                             @QueryParam("sort") @DefaultValue("FULL_NAME") String sort,
                             @QueryParam("dir") @DefaultValue("asc") String dir,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        return people.search(query(name, unitId, category, grade, asOf, sort, dir, page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Hồ sơ một người: quá trình công tác, ngạch, bằng cấp, nghỉ, kỷ luật, thanh tra, lịch sử sửa")
    public PersonDetail detail(@PathParam("id") long id) {
        return people.detail(id).orElseThrow(NotFoundException::new);
    }

    private static PersonQuery query(String name, Long unitId, String category, String grade, LocalDate asOf,
                                     String sort, String dir, int page, int size) {
        if (page < 0 || size < 1 || size > PersonQuery.MAX_PAGE_SIZE) {
            throw invalid("PAGING", "Trang phải ≥ 0 và số dòng mỗi trang từ 1 đến " + PersonQuery.MAX_PAGE_SIZE + ".");
        }
        return new PersonQuery(name, unitId, parse(StaffCategory.class, category, "category"), grade, asOf,
                parse(PersonQuery.SortField.class, sort, "sort"), !"desc".equalsIgnoreCase(dir), page * size, size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("INVALID_" + parameter.toUpperCase(java.util.Locale.ROOT), "Giá trị \"" + value
                    + "\" của tham số " + parameter + " không hợp lệ; các giá trị được chấp nhận: "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static ApiRequestException invalid(String code, String message) {
        return new ApiRequestException(new ApiError(code, message));
    }
}
