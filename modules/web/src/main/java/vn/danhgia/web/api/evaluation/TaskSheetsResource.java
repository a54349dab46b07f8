package vn.danhgia.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.tasks.NewTask;
import vn.danhgia.evaluation.api.tasks.SelfAssessment;
import vn.danhgia.evaluation.api.tasks.TaskSheetFacade;
import vn.danhgia.evaluation.api.tasks.TaskSheetView;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Task sheets, "phiếu giao nhiệm vụ" (RULES.md MON-3): read a person's sheet of a period, assign tasks, the person's
 * self-assessment, the authority's conclusion. Refusals: 403 (not allowed), 404, 409 (stale version, concluded sheet),
 * 400 (invalid input).
 */
@Path("evaluation/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phiếu giao nhiệm vụ", description = "Giao nhiệm vụ hằng tháng (hằng quý với người đứng đầu), tự đánh giá, kết luận")
public class TaskSheetsResource {

    @Inject
    private TaskSheetFacade tasks;

    @Inject
    private CurrentViewer viewer;

    /** The body of a conclusion. */
    public record Conclusion(String text, String reason, long version) {
    }

    @GET
    @Operation(summary = "Phiếu giao nhiệm vụ của một người, kỳ chứa tháng đã cho",
            description = "Người đứng đầu đơn vị: phiếu theo quý chứa tháng; người khác: theo tháng. Khi chưa giao nhiệm "
                    + "vụ nào, id và version là null. Chính người đó, người có thẩm quyền đánh giá, cán bộ tổ chức và quản "
                    + "trị viên được xem.")
    @APIResponse(responseCode = "200", description = "Phiếu")
    public TaskSheetView sheet(@Parameter(description = "Người (mặc định: chính mình)") @QueryParam("personId") Long personId,
                               @Parameter(required = true) @QueryParam("year") Integer year,
                               @Parameter(required = true, description = "1..12") @QueryParam("month") Integer month) {
        return tasks.sheet(viewer.get(), person(personId), required(year, "year"), required(month, "month"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Giao một nhiệm vụ (người có thẩm quyền, cán bộ tổ chức, quản trị viên)",
            description = "Nội dung, sản phẩm, hạn hoàn thành, ngày giao (mặc định hôm nay). Giao sau ngày 05 của tháng đầu "
                    + "kỳ vẫn được nhận nhưng ghi là giao muộn; nhiệm vụ bổ sung trong kỳ (addedLater) không tính muộn. "
                    + "sheetVersion: phiên bản phiếu đã xem (trống khi phiếu chưa có). Phiếu đã kết luận: 409.")
    public TaskSheetView assign(@QueryParam("personId") Long personId, @QueryParam("year") Integer year,
                                @QueryParam("month") Integer month, @QueryParam("sheetVersion") Long sheetVersion,
                                NewTask task) {
        return tasks.assign(viewer.get(), person(personId), required(year, "year"), required(month, "month"), task,
                sheetVersion);
    }

    @PUT
    @Path("items/{taskId}/self")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tự đánh giá một nhiệm vụ (chỉ chính người được giao)",
            description = "progress ON_TIME/LATE, quality GOOD/FAIR/POOR, result DONE/NOT_DONE, redone, note, version của "
                    + "nhiệm vụ đã xem. Phiếu đã kết luận hoặc version cũ: 409.")
    public TaskSheetView selfAssess(@PathParam("taskId") long taskId, SelfAssessment body) {
        if (body == null) {
            throw new ApiRequestException(new ApiError("BODY_REQUIRED", "Thiếu nội dung tự đánh giá."));
        }
        return tasks.selfAssess(viewer.get(), new SelfAssessment(taskId, body.version(), body.progress(), body.quality(),
                body.result(), body.redone(), body.note()));
    }

    @PUT
    @Path("{sheetId}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kết luận của người có thẩm quyền (hoặc quản trị viên)",
            description = "Kết luận là cuối cùng: kết luận lại là một lần sửa, lưu thành lần mới kèm lý do; lần cũ được giữ.")
    public TaskSheetView conclude(@PathParam("sheetId") long sheetId, Conclusion body) {
        if (body == null) {
            throw new ApiRequestException(new ApiError("BODY_REQUIRED", "Thiếu nội dung kết luận."));
        }
        return tasks.conclude(viewer.get(), sheetId, body.text(), body.reason(), body.version());
    }

    private long person(Long personId) {
        if (personId != null) {
            return personId;
        }
        Long own = viewer.get().personId();
        if (own == null) {
            throw new ApiRequestException(new ApiError("PERSON_REQUIRED", "Tài khoản không gắn với người nào: hãy ghi personId."));
        }
        return own;
    }

    private static int required(Integer value, String name) {
        if (value == null) {
            throw new ApiRequestException(new ApiError("PARAMETER_REQUIRED", "Thiếu tham số " + name + "."));
        }
        return value;
    }
}
