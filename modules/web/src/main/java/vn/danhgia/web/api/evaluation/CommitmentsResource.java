package vn.danhgia.web.api.evaluation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.danhgia.evaluation.api.commitment.CampaignOpening;
import vn.danhgia.evaluation.api.commitment.CampaignView;
import vn.danhgia.evaluation.api.commitment.CommitmentException;
import vn.danhgia.evaluation.api.commitment.CommitmentFacade;
import vn.danhgia.evaluation.api.commitment.CommitmentRow;
import vn.danhgia.evaluation.api.commitment.UnitCommitments;
import vn.danhgia.platform.security.UserAccounts;
import vn.danhgia.web.api.ApiError;
import vn.danhgia.web.api.ApiRequestException;

/**
 * Yearly commitments (RULES.md PRO-1, forms 01 and 02): an HR officer or administrator opens a unit's campaign of a
 * year and publishes the unit list; every person signs their own commitment (the person is the one the logged-in
 * account acts as); the unit list, the supplementary list and each signed commitment are PDFs. Reading (PUB-3):
 * ADMIN, HR_OFFICER and EVALUATOR read every unit; anyone else their own line and form 01, and the lists of their
 * unit once published.
 */
@Path("evaluation/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cam kết xây dựng phong cách làm việc chuyên nghiệp",
        description = "Ký cam kết hằng năm (mẫu 01) và danh sách ký cam kết của đơn vị (mẫu 02) — PRO-1")
public class CommitmentsResource {

    private static final String OPEN_EXAMPLE = "{\"unitId\": 12, \"year\": 2025}";
    private static final String SIGN_EXAMPLE = "{\"focusItems\": \"- Giải quyết 100% hồ sơ đúng hạn.\\n- Hoàn thành "
            + "rà soát văn bản trước 30/6.\"}";

    /** Opening a campaign. */
    public record OpenRequest(Long unitId, Integer year) {
    }

    /**
     * Signing one's own commitment.
     *
     * @param personId   optional: only the account's own person is accepted
     * @param focusItems the person's focus items of the year, optional (≤ 4000 characters)
     */
    public record SignRequest(Long personId, String focusItems) {
    }

    /** Publishing the unit list; {@code version} (optional) is the campaign version the caller saw. */
    public record PublishRequest(Long version) {
    }

    @Inject
    private CommitmentFacade commitments;

    @Inject
    private UserAccounts accounts;

    @GET
    @Operation(summary = "Danh sách ký cam kết của đơn vị trong năm",
            description = "Đợt ký cam kết (hạn ký, hạn công khai theo bộ quy tắc PRO, đã công khai chưa) và từng người "
                    + "của đơn vị vào hạn ký: SIGNED (đã ký; late = ký muộn, supplementary = thuộc danh sách bổ sung), "
                    + "NOT_SIGNED (chưa ký; overdue = quá hạn) hoặc DEFERRED (đang nghỉ từ 01 tháng trở lên vào hạn ký: "
                    + "ký sau khi hết thời gian nghỉ). 404 khi đơn vị chưa mở đợt ký cam kết năm đó.")
    @APIResponse(responseCode = "200", description = "Đợt ký cam kết và danh sách",
            content = @Content(schema = @Schema(implementation = UnitCommitments.class)))
    @APIResponse(responseCode = "400", description = "Thiếu tham số",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Không thuộc đơn vị và không có quyền xem",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Đơn vị chưa mở đợt ký cam kết năm đó (NOT_OPENED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public UnitCommitments unitYear(@Parameter(required = true) @QueryParam("unitId") Long unitId,
                                    @Parameter(required = true) @QueryParam("year") Integer year,
                                    @Context SecurityContext caller) {
        String user = user(caller);
        if (unitId == null || year == null) {
            throw invalid("PARAMETERS_REQUIRED", "Thiếu tham số unitId hoặc year.");
        }
        CampaignView campaign = commitments.campaign(unitId, year).orElseThrow(() -> new CommitmentException(
                CommitmentException.Kind.NOT_FOUND, "NOT_OPENED", "Đơn vị chưa mở đợt ký cam kết năm " + year + "."));
        return readable(commitments.unitList(campaign.id()), user, caller);
    }

    @GET
    @Path("{campaignId}")
    @Operation(summary = "Danh sách ký cam kết của một đợt", description = "Như GET theo unitId và year.")
    @APIResponse(responseCode = "200", description = "Đợt ký cam kết và danh sách",
            content = @Content(schema = @Schema(implementation = UnitCommitments.class)))
    @APIResponse(responseCode = "404", description = "Không có đợt này",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public UnitCommitments campaign(@PathParam("campaignId") long campaignId, @Context SecurityContext caller) {
        String user = user(caller);
        return readable(commitments.unitList(campaignId), user, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mở đợt ký cam kết năm của một đơn vị (ADMIN, HR_OFFICER)",
            description = "Nhóm hạn theo loại đơn vị: khối trường học ký chậm nhất 20/9, công khai 25/9; đơn vị khác ký "
                    + "chậm nhất 20/01, công khai 25/01; riêng năm 2023: 28/02/2023. Hạn được chép từ bộ quy tắc PRO "
                    + "(ghi mã và phiên bản). Mở lại đợt đã có không tạo đợt mới: trả 200 và đợt hiện có "
                    + "(created = false); mở mới trả 201.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenRequest.class), examples = @ExampleObject(name = "mo-dot",
            value = OPEN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Đã mở đợt mới",
            content = @Content(schema = @Schema(implementation = CampaignOpening.class)))
    @APIResponse(responseCode = "200", description = "Đợt đã có từ trước (không thay đổi gì)",
            content = @Content(schema = @Schema(implementation = CampaignOpening.class)))
    @APIResponse(responseCode = "400", description = "Thiếu đơn vị hoặc năm, năm ngoài phạm vi, đơn vị không có hiệu lực"
            + " vào hạn ký", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Không có đơn vị này",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response open(OpenRequest request, @Context SecurityContext caller) {
        String user = user(caller);
        requireOfficer(caller);
        if (request == null || request.unitId() == null || request.year() == null) {
            throw invalid("PARAMETERS_REQUIRED", "Thiếu unitId hoặc year (JSON: {\"unitId\": ..., \"year\": ...}).");
        }
        CampaignOpening opening = commitments.open(request.unitId(), request.year(), user);
        return json(opening.created() ? Response.Status.CREATED : Response.Status.OK, opening);
    }

    @POST
    @Path("{campaignId}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ký bản cam kết của chính mình (mẫu 01)",
            description = "Người ký là hồ sơ cán bộ gắn với tài khoản đang đăng nhập; gửi personId của người khác thì bị "
                    + "từ chối (403, NOT_OWN_COMMITMENT) và không có gì thay đổi. Người ký phải thuộc đơn vị vào hạn ký "
                    + "hoặc hôm nay. Ký là chốt: ký lần hai bị từ chối (409, ALREADY_SIGNED). Ký sau hạn vẫn được "
                    + "nhận và ghi ký muộn; người đang nghỉ từ 01 tháng trở lên vào hạn ký, ký sau khi hết thời gian "
                    + "nghỉ, và người ký sau khi danh sách đã công khai vào danh sách bổ sung.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignRequest.class), examples = @ExampleObject(name = "ky",
            value = SIGN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Đã ký; dòng của người ký (muộn, bổ sung, giải thích)",
            content = @Content(schema = @Schema(implementation = CommitmentRow.class)))
    @APIResponse(responseCode = "400", description = "Nội dung trọng tâm quá dài",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Tài khoản chưa gắn hồ sơ (NO_PERSON), ký thay người khác "
            + "(NOT_OWN_COMMITMENT), không thuộc đơn vị (NOT_OF_UNIT)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Đã ký (ALREADY_SIGNED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response sign(@PathParam("campaignId") long campaignId, SignRequest request,
                         @Context SecurityContext caller) {
        String user = user(caller);
        CommitmentRow row = commitments.sign(campaignId, request == null ? null : request.personId(),
                request == null ? null : request.focusItems(), user);
        return json(Response.Status.CREATED, row);
    }

    @POST
    @Path("{campaignId}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Công khai danh sách ký cam kết của đơn vị (mẫu 02; ADMIN, HR_OFFICER)",
            description = "Ghi thời điểm và người công khai; công khai lại đợt đã công khai không thay đổi gì. Sau hạn "
                    + "công khai vẫn được nhận và ghi công khai muộn (publishedLate). version (không bắt buộc): phiên bản "
                    + "đợt người gửi đã xem; khác thì bị từ chối (409, CONCURRENT_CHANGE).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "Đợt đã công khai",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "403", description = "Không có quyền",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Đợt vừa được người khác thay đổi",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response publish(@PathParam("campaignId") long campaignId, PublishRequest request,
                            @Context SecurityContext caller) {
        String user = user(caller);
        requireOfficer(caller);
        return json(Response.Status.OK, commitments.publish(campaignId, request == null ? null : request.version(),
                user));
    }

    @GET
    @Path("{campaignId}/list.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Mẫu 02: danh sách cán bộ, công chức, viên chức, người lao động ký cam kết (PDF)",
            description = "Mọi người của đơn vị với ngày ký, hoặc lý do chưa ký; tổng số; chữ ký thủ trưởng đơn vị. "
                    + "Chưa công khai thì ghi \"dự thảo\".")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    public Response listPdf(@PathParam("campaignId") long campaignId, @Context SecurityContext caller) {
        String user = user(caller);
        listPdfReadable(commitments.unitList(campaignId), user, caller);
        return pdf(commitments.listPdf(campaignId, false), "danh-sach-ky-cam-ket-" + campaignId + ".pdf");
    }

    @GET
    @Path("{campaignId}/supplementary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Danh sách bổ sung ký cam kết (PDF)",
            description = "Người ký sau thời gian nghỉ từ 01 tháng trở lên, hoặc sau khi danh sách đã công khai.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    public Response supplementaryPdf(@PathParam("campaignId") long campaignId, @Context SecurityContext caller) {
        String user = user(caller);
        listPdfReadable(commitments.unitList(campaignId), user, caller);
        return pdf(commitments.listPdf(campaignId, true), "danh-sach-bo-sung-ky-cam-ket-" + campaignId + ".pdf");
    }

    @GET
    @Path("{campaignId}/people/{personId}/form.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Mẫu 01: bản cam kết xây dựng phong cách làm việc chuyên nghiệp của một người (PDF)",
            description = "Chỉ khi người đó đã ký (404 NOT_SIGNED nếu chưa). Người ký xem bản của mình; ADMIN, "
                    + "HR_OFFICER, EVALUATOR xem mọi bản.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "Chưa ký",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response formPdf(@PathParam("campaignId") long campaignId, @PathParam("personId") long personId,
                            @Context SecurityContext caller) {
        String user = user(caller);
        if (!reader(caller) && !Long.valueOf(personId).equals(accounts.personIdOf(user).orElse(null))) {
            throw new ForbiddenException();
        }
        return pdf(commitments.formPdf(campaignId, personId), "ban-cam-ket-" + campaignId + "-" + personId + ".pdf");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String user(SecurityContext caller) {
        if (caller.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic");
        }
        return caller.getUserPrincipal().getName();
    }

    private static void requireOfficer(SecurityContext caller) {
        if (!caller.isUserInRole("ADMIN") && !caller.isUserInRole("HR_OFFICER")) {
            throw new ForbiddenException();
        }
    }

    private static boolean reader(SecurityContext caller) {
        return caller.isUserInRole("ADMIN") || caller.isUserInRole("HR_OFFICER") || caller.isUserInRole("EVALUATOR");
    }

    /**
     * PUB-3: officers and evaluators read every list; anyone else the list of a unit they are on once it is
     * published, and before that their own line only.
     */
    private UnitCommitments readable(UnitCommitments list, String user, SecurityContext caller) {
        if (reader(caller)) {
            return list;
        }
        Long own = accounts.personIdOf(user).orElse(null);
        if (own == null || list.rows().stream().noneMatch(r -> r.personId() == own)) {
            throw new CommitmentException(CommitmentException.Kind.FORBIDDEN, "NOT_OF_UNIT",
                    "Bạn chỉ xem được danh sách ký cam kết của đơn vị mình.");
        }
        return list.campaign().published() ? list
                : new UnitCommitments(list.campaign(), list.rows().stream().filter(r -> r.personId() == own).toList());
    }

    /** PUB-3: the unit list as a PDF is for officers and evaluators, and for the unit's people once published. */
    private void listPdfReadable(UnitCommitments list, String user, SecurityContext caller) {
        if (!reader(caller) && !readable(list, user, caller).campaign().published()) {
            throw new CommitmentException(CommitmentException.Kind.FORBIDDEN, "NOT_PUBLISHED",
                    "Danh sách ký cam kết của đơn vị chưa được công khai.");
        }
    }

    private static Response json(Response.Status status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(entity).build();
    }

    private static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static ApiRequestException invalid(String code, String message) {
        return new ApiRequestException(new ApiError(code, message));
    }
}
