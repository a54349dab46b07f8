package vn.danhgia.web.api.evaluation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.quarter.BlockReport;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterFormsFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.RewardProposal;
import vn.danhgia.evaluation.api.quarter.RunStatus;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;
import vn.danhgia.web.security.CurrentViewer;

/**
 * The quarterly professionalism cycle of a district (RULES.md PRO-2..PRO-12): quarters, their batch runs, lists,
 * unit summaries (form 06), block reports (form 07), publication and rewards. What a caller sees follows PUB-3;
 * refusals are JSON errors in Vietnamese (403 not allowed, 404 unknown, 409 wrong step or stale, 400 bad input).
 */
@Path("evaluation/quarters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đánh giá sự chuyên nghiệp hằng quý", description = "Mở quý, phiếu, xét kết quả, mẫu 06/07, công bố, khen thưởng")
public class QuartersResource {

    @EJB
    private QuarterFacade quarters;

    @EJB
    private QuarterFormsFacade forms;

    @Inject
    private CurrentViewer viewer;

    /** Body of POST /evaluation/quarters. */
    public record OpenQuarter(Long rootUnitId, Integer year, Integer quarter) {
    }

    @GET
    @Operation(summary = "Các quý đã mở")
    public List<QuarterView> list() {
        return quarters.quarters(viewer.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mở một quý cho quận (chỉ quản trị viên)",
            description = "Ghi nhận quý với các thời hạn của bộ quy tắc (PRO-11) và chạy công việc tạo phiếu cho mọi người "
                    + "của cây đơn vị tại ngày cuối quý: mẫu phiếu theo PRO-3, người đánh giá theo PRO-9.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quy3", value = "{\"rootUnitId\": 1, \"year\": 2023, \"quarter\": 3}")))
    public Response open(OpenQuarter body) {
        if (body == null || body.rootUnitId() == null || body.year() == null || body.quarter() == null) {
            throw new ApiRequestException(new ApiError("QUARTER_REQUIRED", "Cần rootUnitId, year và quarter."));
        }
        QuarterView view = quarters.open(body.rootUnitId(), body.year(), body.quarter(), viewer.get());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một quý")
    public QuarterView get(@PathParam("id") long id) {
        return quarters.quarter(id, viewer.get());
    }

    @GET
    @Path("{id}/opening")
    @Operation(summary = "Tiến độ công việc mở quý (tạo phiếu)")
    public Response opening(@PathParam("id") long id) {
        return runOrNotFound(quarters.lastRun(id, QuarterFacade.OPEN_JOB));
    }

    @GET
    @Path("{id}/run")
    @Operation(summary = "Tiến độ đợt xét kết quả gần nhất")
    public Response run(@PathParam("id") long id) {
        return runOrNotFound(quarters.lastRun(id, QuarterFacade.RULINGS_JOB));
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Chạy xét kết quả cả quý (Jakarta Batch; phiếu không đổi được bỏ qua)")
    public RunStatus startRun(@PathParam("id") long id) {
        return quarters.startRun(id, viewer.get());
    }

    @POST
    @Path("{id}/run/restart")
    @Operation(summary = "Chạy tiếp đợt xét kết quả bị dừng hoặc lỗi, từ điểm lưu cuối")
    public RunStatus restartRun(@PathParam("id") long id) {
        return quarters.restartRun(id, viewer.get());
    }

    @GET
    @Path("{id}/sheets")
    @Operation(summary = "Phiếu của quý mà người gọi được xem (PUB-3)")
    public List<SheetRow> sheets(@PathParam("id") long id, @QueryParam("unitId") Long unitId) {
        return quarters.sheets(id, unitId, viewer.get());
    }

    @GET
    @Path("{id}/units/{unitId}/summary")
    @Operation(summary = "Biểu tổng hợp của đơn vị (mẫu 06)")
    public UnitSummary unitSummary(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return quarters.unitSummary(id, unitId, viewer.get());
    }

    @POST
    @Path("{id}/units/{unitId}/summary")
    @Operation(summary = "Đơn vị gửi mẫu 06 cho cơ quan đầu mối (bước 3, hạn ngày 28; muộn vẫn nhận và đánh dấu)")
    public UnitSummary submitUnitSummary(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return quarters.submitUnitSummary(id, unitId, viewer.get());
    }

    @GET
    @Path("{id}/blocks")
    @Operation(summary = "Biểu tổng hợp của khối (mẫu 07); không có focalUnitId = toàn quận")
    public BlockReport blockReport(@PathParam("id") long id, @QueryParam("focalUnitId") Long focalUnitId) {
        return quarters.blockReport(id, focalUnitId, viewer.get());
    }

    @POST
    @Path("{id}/blocks/{focalUnitId}")
    @Operation(summary = "Cơ quan đầu mối gửi mẫu 07 (bước 5, hạn ngày 30)")
    public BlockReport submitBlockReport(@PathParam("id") long id, @PathParam("focalUnitId") long focalUnitId) {
        return quarters.submitBlockReport(id, focalUnitId, viewer.get());
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Công bố kết quả (bước 6, hạn ngày 3 tháng đầu quý sau)")
    public QuarterView publish(@PathParam("id") long id) {
        return quarters.publish(id, viewer.get());
    }

    @GET
    @Path("{id}/notice")
    @Operation(summary = "Thông báo kết quả đã công bố của một khối hoặc một đơn vị")
    public List<SheetRow> notice(@PathParam("id") long id, @QueryParam("focalUnitId") Long focalUnitId,
                                 @QueryParam("unitId") Long unitId) {
        return quarters.notice(id, focalUnitId, unitId, viewer.get());
    }

    @GET
    @Path("{id}/rewards")
    @Operation(summary = "Danh sách đề nghị khen thưởng (PRO-12)")
    public List<RewardProposal> rewards(@PathParam("id") long id, @QueryParam("focalUnitId") Long focalUnitId) {
        return quarters.rewards(id, focalUnitId, viewer.get());
    }

    @GET
    @Path("{id}/units/{unitId}/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Mẫu 06 của đơn vị, bản PDF chính thức")
    public Response unitSummaryPdf(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return Pdfs.attachment(forms.unitSummaryPdf(id, unitId, viewer.get()), "mau-06-" + unitId + ".pdf");
    }

    @GET
    @Path("{id}/blocks.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Mẫu 07 của khối (focalUnitId) hoặc toàn quận, bản PDF chính thức")
    public Response blockReportPdf(@PathParam("id") long id, @QueryParam("focalUnitId") Long focalUnitId) {
        return Pdfs.attachment(forms.blockReportPdf(id, focalUnitId, viewer.get()), "mau-07.pdf");
    }

    @GET
    @Path("{id}/notice.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Thông báo kết quả đánh giá sự chuyên nghiệp (sau khi công bố), bản PDF")
    public Response noticePdf(@PathParam("id") long id, @QueryParam("focalUnitId") Long focalUnitId,
                              @QueryParam("unitId") Long unitId) {
        return Pdfs.attachment(forms.noticePdf(id, focalUnitId, unitId, viewer.get()), "thong-bao-ket-qua.pdf");
    }

    private static Response runOrNotFound(RunStatus status) {
        return status == null
                ? Response.status(Response.Status.NOT_FOUND).entity(new ApiError("NO_RUN", "Quý này chưa có lần chạy nào.")).build()
                : Response.ok(status).build();
    }
}
