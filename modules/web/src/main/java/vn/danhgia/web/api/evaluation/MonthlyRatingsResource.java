package vn.danhgia.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyImportFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyImportReport;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;

/**
 * Monthly ratings of a unit (RULES.md MON-1, MON-2): read the people of a unit with their current rating of a
 * month; save a list of ratings all or nothing (a correction is a new revision, PUB-2). Saving is for ADMIN,
 * HR_OFFICER and EVALUATOR.
 */
@Path("evaluation/monthly")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Xếp loại hằng tháng", description = "Xếp loại cán bộ, công chức, viên chức hằng tháng (HTXS, HTT, HT, KHT)")
public class MonthlyRatingsResource {

    private static final String PUT_EXAMPLE = """
            [
              {"personId": 101, "score": 92, "violations": 3},
              {"personId": 102, "score": 88.5, "violations": 0, "baseRevision": 1},
              {"personId": 103, "level": "HT"}
            ]""";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Unprocessable Content: the file was read but refused. */
    static final int UNPROCESSABLE = 422;

    @Inject
    private MonthlyRatingFacade ratings;

    @Inject
    private MonthlyImportFacade imports;

    @GET
    @Operation(summary = "Người của đơn vị (ngày cuối tháng) và xếp loại hiện hành của tháng",
            description = "Mỗi người một dòng, sắp theo họ tên; các trường xếp loại trống khi tháng chưa được xếp "
                    + "loại. \"revision\" là lần lưu hiện hành (1 là lần đầu).")
    @APIResponse(responseCode = "200", description = "Danh sách", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MonthlyRatingRow.class)))
    @APIResponse(responseCode = "400", description = "Thiếu tham số hoặc tham số không hợp lệ",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<MonthlyRatingRow> unitMonth(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                                            @Parameter(required = true) @QueryParam("year") Integer year,
                                            @Parameter(required = true, description = "1..12") @QueryParam("month") Integer month) {
        checkPeriod(year, month);
        if (unitId == null) {
            throw invalid("UNIT_REQUIRED", "Thiếu tham số unitId.");
        }
        return ratings.unitMonth(unitId, year, month);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lưu xếp loại tháng của một danh sách người (tất cả hoặc không)",
            description = "Mỗi dòng: personId, và đúng một trong hai: score (0–100, tối đa 2 chữ số thập phân; xếp loại "
                    + "suy ra theo bộ quy tắc MON, trừ 2 điểm mỗi vi phạm quy tắc ứng xử, tối đa 10 điểm/tháng) hoặc "
                    + "level nhập trực tiếp (HTXS, HTT, HT, KHT); violations ≥ 0 (mặc định 0); baseRevision (không bắt "
                    + "buộc) là lần lưu người gửi đã xem — khác lần hiện hành thì dòng bị từ chối. Một dòng sai thì "
                    + "không lưu gì: trả 400 cùng lỗi của từng người. Dòng không đổi không lưu lại; dòng đổi được lưu "
                    + "thành lần mới (lần cũ giữ nguyên) và cần lý do (reason). Tỷ lệ HTXS vượt 30% chỉ là cảnh báo "
                    + "(warnings), không chặn việc lưu. Chỉ ADMIN, HR_OFFICER, EVALUATOR được lưu.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MonthlyEntry.class),
            examples = @ExampleObject(name = "thang", value = PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Đã lưu; số dòng lưu, số dòng không đổi, cảnh báo",
            content = @Content(schema = @Schema(implementation = MonthlySaveResult.class)))
    @APIResponse(responseCode = "400", description = "Không lưu gì: lỗi của từng người (errors) hoặc tham số sai",
            content = @Content(schema = @Schema(implementation = MonthlySaveResult.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response save(@Parameter(required = true) @QueryParam("year") Integer year,
                         @Parameter(required = true, description = "1..12") @QueryParam("month") Integer month,
                         @Parameter(description = "Đơn vị (không bắt buộc; chỉ để đối chiếu, không dùng khi lưu)")
                         @QueryParam("unitId") Long unitId,
                         @Parameter(description = "Lý do (bắt buộc khi sửa xếp loại đã có)") @QueryParam("reason") String reason,
                         List<MonthlyEntry> entries, @Context SecurityContext caller) {
        if (caller.getUserPrincipal() == null || !caller.isUserInRole("ADMIN") && !caller.isUserInRole("HR_OFFICER")
                && !caller.isUserInRole("EVALUATOR")) {
            throw new ForbiddenException();
        }
        checkPeriod(year, month);
        if (entries == null) {
            throw invalid("ENTRIES_REQUIRED", "Thiếu danh sách xếp loại (mảng JSON).");
        }
        MonthlySaveResult result = ratings.save(year, month, entries, caller.getUserPrincipal().getName(), reason);
        return Response.status(result.saved() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(result).build();
    }

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(summary = "Tệp mẫu Excel xếp loại tháng của một đơn vị",
            description = "Trang \"Xếp loại tháng\" liệt kê người của đơn vị ngày cuối tháng (mã cán bộ, họ tên, điểm, xếp "
                    + "loại, số lần vi phạm, đã điền xếp loại hiện hành nếu có) và trang \"Hướng dẫn\". Chỉ ADMIN, "
                    + "HR_OFFICER, EVALUATOR.")
    @APIResponse(responseCode = "200", description = "Tệp mẫu .xlsx", content = @Content(mediaType = XLSX))
    @APIResponse(responseCode = "403", description = "Không có quyền",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response template(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                             @Parameter(required = true) @QueryParam("year") Integer year,
                             @Parameter(required = true, description = "1..12") @QueryParam("month") Integer month,
                             @Context SecurityContext caller) {
        requireRater(caller);
        checkPeriod(year, month);
        if (unitId == null) {
            throw invalid("UNIT_REQUIRED", "Thiếu tham số unitId.");
        }
        byte[] file = imports.template(unitId, year, month);
        return Response.ok(file, XLSX).header("Content-Disposition", "attachment; filename=\"xep-loai-thang-"
                + month + "-" + year + ".xlsx\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nhập xếp loại tháng của một đơn vị từ tệp .xlsx (tất cả hoặc không)",
            description = "Tệp theo mẫu (GET /evaluation/monthly/template), tối đa 2 MB. Kiểm tra toàn bộ tệp: ô công thức, "
                    + "mã cán bộ không thuộc đơn vị trong tháng, họ tên không khớp, điểm ngoài 0–100, xếp loại sai, dòng "
                    + "trùng — một dòng sai thì không lưu gì và trả 422 với lỗi theo dòng, cột. Dòng không đổi không lưu "
                    + "lại; dòng sửa xếp loại đã có cần lý do (reason). Chỉ ADMIN, HR_OFFICER, EVALUATOR.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "Tệp .xlsx"))))
    @APIResponse(responseCode = "200", description = "Đã lưu", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonthlyImportReport.class)))
    @APIResponse(responseCode = "422", description = "Tệp bị từ chối, không lưu gì; lỗi theo dòng, cột",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyImportReport.class)))
    @APIResponse(responseCode = "400", description = "Thiếu tệp hoặc tham số",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response importFile(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                               @Parameter(required = true) @QueryParam("year") Integer year,
                               @Parameter(required = true, description = "1..12") @QueryParam("month") Integer month,
                               @Parameter(description = "Lý do (bắt buộc khi sửa xếp loại đã có)") @QueryParam("reason") String reason,
                               @FormParam("file") EntityPart file, @Context SecurityContext caller) {
        requireRater(caller);
        checkPeriod(year, month);
        if (unitId == null) {
            throw invalid("UNIT_REQUIRED", "Thiếu tham số unitId.");
        }
        if (file == null) {
            throw invalid("FILE_REQUIRED", "Thiếu tệp trong trường \"file\".");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw invalid("FILE_UNREADABLE", "Không đọc được tệp gửi lên.");
        }
        MonthlyImportReport report = imports.importFile(unitId, year, month, file.getFileName().orElse(""), content,
                caller.getUserPrincipal().getName(), reason);
        return Response.status(report.saved() ? 200 : UNPROCESSABLE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(report).build();
    }

    private static void requireRater(SecurityContext caller) {
        if (caller.getUserPrincipal() == null || !caller.isUserInRole("ADMIN") && !caller.isUserInRole("HR_OFFICER")
                && !caller.isUserInRole("EVALUATOR")) {
            throw new ForbiddenException();
        }
    }

    private static void checkPeriod(Integer year, Integer month) {
        if (year == null || month == null) {
            throw invalid("PERIOD_REQUIRED", "Thiếu tham số year hoặc month.");
        }
        if (month < 1 || month > 12) {
            throw invalid("INVALID_MONTH", "Tháng phải từ 1 đến 12; nhận được " + month + ".");
        }
    }

    private static ApiRequestException invalid(String code, String message) {
        return new ApiRequestException(new ApiError(code, message));
    }
}
