package vn.danhgia.web.api.evaluation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterFormsFacade;
import vn.danhgia.evaluation.api.quarter.RewardProposal;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;
import vn.danhgia.web.security.CurrentViewer;

/**
 * One person's quarterly sheet (forms 03/04/05): read it, self-assess (step 1), comment (form 05 deputy), score
 * (step 2, the ruling is computed and stored at once), adjust (PRO-10), propose for reward (PRO-12). Only the people
 * the authority chain names may act (PUB-3); scores off the scale are refused and nothing is saved (PRO-4); a stale
 * {@code version} is refused with 409.
 */
@Path("evaluation/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phiếu đánh giá sự chuyên nghiệp", description = "Tự đánh giá, nhận xét, chấm điểm, điều chỉnh, khen thưởng")
public class SheetsResource {

    private static final String SCORES_EXAMPLE = "{\"version\": 0, \"scores\": [10, 10, 9.5, 10, 10, 10, 10, 10, 8, 9,"
            + " 10, 10, 10, 8.5, 10, 9, 8, 10, 9, 9, 10, 10, 10, 10, 10, 8, 10, 9, 9, 10]}";

    @EJB
    private QuarterFacade quarters;

    @EJB
    private QuarterFormsFacade forms;

    @Inject
    private CurrentViewer viewer;

    public record Scores(Long version, List<BigDecimal> scores) {
    }

    public record Comment(Long version, String text) {
    }

    public record Adjustment(String outcome, String decidedBy, String reason) {
    }

    public record Reward(String reason) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Phiếu, các tháng xếp loại của quý, kết quả và lịch sử")
    public SheetDetail get(@PathParam("id") long id) {
        return quarters.sheet(id, viewer.get());
    }

    @PUT
    @Path("{id}/self")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tự đánh giá (bước 1, hạn ngày 25 tháng cuối quý)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mau04", value = SCORES_EXAMPLE)))
    public SheetDetail self(@PathParam("id") long id, Scores body) {
        Scores scores = required(body);
        return quarters.selfAssess(id, scores.version(), scores.scores(), viewer.get());
    }

    @PUT
    @Path("{id}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cấp phó trực tiếp nhận xét (mẫu 05)")
    public SheetDetail comment(@PathParam("id") long id, Comment body) {
        if (body == null || body.version() == null) {
            throw new ApiRequestException(new ApiError("VERSION_REQUIRED", "Cần version và text."));
        }
        return quarters.comment(id, body.version(), body.text(), viewer.get());
    }

    @PUT
    @Path("{id}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Người đánh giá chấm điểm (bước 2, hạn ngày 27); kết quả được xét và lưu ngay")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mau04", value = SCORES_EXAMPLE)))
    public SheetDetail score(@PathParam("id") long id, Scores body) {
        Scores scores = required(body);
        return quarters.score(id, scores.version(), scores.scores(), viewer.get());
    }

    @POST
    @Path("{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi nhận điều chỉnh kết quả của lãnh đạo (PRO-10): bản cũ giữ nguyên, ghi ai, khi nào, vì sao")
    public SheetDetail adjust(@PathParam("id") long id, Adjustment body) {
        if (body == null) {
            throw new ApiRequestException(new ApiError("ADJUSTMENT_REQUIRED", "Cần outcome, decidedBy và reason."));
        }
        return quarters.adjust(id, body.outcome(), body.decidedBy(), body.reason(), viewer.get());
    }

    @POST
    @Path("{id}/reward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đề nghị khen thưởng người được đánh giá chuyên nghiệp (PRO-12)")
    public RewardProposal reward(@PathParam("id") long id, Reward body) {
        return quarters.proposeReward(id, body == null ? null : body.reason(), viewer.get());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Phiếu đánh giá (mẫu 03/04/05) với điểm và kết quả, bản PDF chính thức")
    public jakarta.ws.rs.core.Response pdf(@PathParam("id") long id) {
        return Pdfs.attachment(forms.sheetPdf(id, viewer.get()), "phieu-danh-gia-" + id + ".pdf");
    }

    private static Scores required(Scores body) {
        if (body == null || body.version() == null || body.scores() == null) {
            throw new ApiRequestException(new ApiError("SCORES_REQUIRED", "Cần version và mảng scores (điểm từng tiêu chí theo thứ tự)."));
        }
        return body;
    }
}
