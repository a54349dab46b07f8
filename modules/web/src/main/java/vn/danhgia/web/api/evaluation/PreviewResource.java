package vn.danhgia.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.PreviewExamples;
import vn.danhgia.evaluation.api.PreviewJson;
import vn.danhgia.evaluation.api.PreviewRejectedException;
import vn.danhgia.evaluation.api.PreviewRequest;
import vn.danhgia.evaluation.api.PreviewResult;
import vn.danhgia.evaluation.api.ProfessionalismPreviewFacade;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;

/**
 * Preview of the quarterly professionalism decision (RULES.md PRO-3..PRO-8): a filled-in sheet and the
 * facts of the quarter in, the outcome with every finding out. Saves nothing, so any signed-in user may
 * call it. The body is read with JSON-P ({@link PreviewJson}) so that each mistake gets its own
 * Vietnamese message: malformed JSON, an unknown field, a wrong type, an unknown form, a wrong number
 * of scores → 400 {@link ApiError}; a score off the scale (7.3, 10.5) is an answer, not an error →
 * 200 with outcome {@code INVALID_INPUT} and one finding per problem.
 */
@Path("evaluation/preview")
@Tag(name = "Đánh giá sự chuyên nghiệp", description = "Đánh giá sự chuyên nghiệp hằng quý (Quyết định 683-QĐ/QU, "
        + "Quận ủy Long Biên 2023)")
public class PreviewResource {

    @Inject
    private ProfessionalismPreviewFacade preview;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xem trước kết quả đánh giá sự chuyên nghiệp của một phiếu (không lưu)",
            description = "Áp dụng bộ quy tắc PRO đang có hiệu lực: PRO-8 (nghỉ từ 15 ngày làm việc → không đánh giá), "
                    + "PRO-4 (điểm từ 1 đến 10, bước 0,5), PRO-5 (xếp loại hằng tháng, kỷ luật, thanh tra), PRO-6 "
                    + "(mẫu 03: 420–450, 30 tiêu chí bắt buộc đạt 10, 15 tiêu chí còn lại từ 8, điều kiện đơn vị) và "
                    + "PRO-7 (mẫu 04/05: 280–300, 20 tiêu chí bắt buộc đạt 10, 10 tiêu chí còn lại từ 8). Tiêu chí nào "
                    + "bắt buộc do bộ tiêu chí quy định; trường \"mandatory\" gửi kèm chỉ để đối chiếu (khác thì có "
                    + "phát hiện PRO-13). Thông tin không gửi (null) được coi là chưa có thông tin và làm điều kiện "
                    + "tương ứng không đạt. Kết quả: PROFESSIONAL, NOT_PROFESSIONAL, NOT_EVALUATED hoặc INVALID_INPUT "
                    + "(điểm không hợp lệ: trả 200 cùng các phát hiện, không đánh giá điều kiện nào khác).")
    @RequestBody(required = true, description = "Phiếu đánh giá và thông tin của quý", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewRequest.class),
            examples = {
                @ExampleObject(name = "chuyen-nghiep", summary = "Mẫu 04, 289 điểm, có tháng HTXS: đạt chuyên nghiệp",
                        value = PreviewExamples.PROFESSIONAL_REQUEST),
                @ExampleObject(name = "khong-chuyen-nghiep",
                        summary = "Mẫu 04, tiêu chí 14 đạt 7,5; tháng 8 xếp loại HT, không có tháng HTXS",
                        value = PreviewExamples.NOT_PROFESSIONAL_REQUEST),
                @ExampleObject(name = "diem-khong-hop-le", summary = "Mẫu 04, điểm 10,5 và 7,3: không hợp lệ",
                        value = PreviewExamples.INVALID_INPUT_REQUEST)}))
    @APIResponse(responseCode = "200", description = "Kết quả, bộ quy tắc đã dùng và mọi phát hiện (RP-2)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreviewResult.class),
                    examples = {
                        @ExampleObject(name = "chuyen-nghiep", summary = "PROFESSIONAL",
                                value = PreviewExamples.PROFESSIONAL_RESPONSE),
                        @ExampleObject(name = "khong-chuyen-nghiep", summary = "NOT_PROFESSIONAL",
                                value = PreviewExamples.NOT_PROFESSIONAL_RESPONSE),
                        @ExampleObject(name = "diem-khong-hop-le", summary = "INVALID_INPUT",
                                value = PreviewExamples.INVALID_INPUT_RESPONSE)}))
    @APIResponse(responseCode = "400", description = "JSON sai, trường không hỗ trợ hoặc sai kiểu, mẫu phiếu không có, "
            + "số điểm khác số tiêu chí, số tiêu chí trùng hoặc ngoài phạm vi, xếp loại tháng không hợp lệ. Mã lỗi: "
            + "INVALID_JSON, UNKNOWN_FIELD, INVALID_FIELD, FORM_REQUIRED, UNKNOWN_FORM, SCORES_REQUIRED, SCORE_COUNT, "
            + "CRITERION_NUMBER, UNKNOWN_MONTHLY_RATING, MONTHLY_RATINGS, INVALID_QUARTER, INVALID_ABSENCE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "sai-so-diem", summary = "29 điểm cho mẫu 04",
                            value = PreviewExamples.BAD_REQUEST_RESPONSE)))
    @APIResponse(responseCode = "401", description = "Chưa đăng nhập")
    public Response preview(String body) {
        try {
            PreviewResult result = preview.preview(PreviewJson.readRequest(body));
            return Response.ok(PreviewJson.write(result), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (PreviewRejectedException rejected) {
            throw new ApiRequestException(new ApiError(rejected.getCode(), rejected.getMessage()));
        }
    }
}
