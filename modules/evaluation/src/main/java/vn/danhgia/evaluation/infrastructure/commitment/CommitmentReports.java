package vn.danhgia.evaluation.infrastructure.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.danhgia.evaluation.api.commitment.CampaignView;
import vn.danhgia.evaluation.api.commitment.CommitmentRow;
import vn.danhgia.evaluation.api.commitment.CommitmentStatus;
import vn.danhgia.evaluation.api.commitment.UnitCommitments;
import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.evaluation.CommitmentFormReport;
import vn.danhgia.reports.evaluation.CommitmentListReport;

/**
 * Assembles the data of the PRO-1 forms (RULES.md PUB-1) and renders them: form 01, a person's commitment, issued
 * under the person's unit; form 02, the unit list or the supplementary list, signed by the unit's head.
 */
@ApplicationScoped
public class CommitmentReports {

    public static final String LIST_TITLE = "Danh sách cán bộ, công chức, viên chức, người lao động ký cam kết xây"
            + " dựng phong cách làm việc chuyên nghiệp";
    public static final String SUPPLEMENTARY_TITLE = "Danh sách bổ sung cán bộ, công chức, viên chức, người lao động"
            + " ký cam kết xây dựng phong cách làm việc chuyên nghiệp";
    /** Where the unit publishes the list and the commitments [LB §III.2]. */
    static final String RECIPIENTS = "- Ngăn thư mục \"ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ\" của đơn vị trên"
            + " Thư viện điện tử - phần mềm ĐHTN;\n- Lưu: VT.";

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    @ConfigProperty(name = "danhgia.agency.place", defaultValue = "Long Biên")
    String place;

    /** The unit of a campaign as printed: its name and the body it belongs to. */
    public record UnitHeading(String name, String parentName) {
    }

    /** The unit's head, who signs form 02 (null when the unit has none). */
    public record Signer(String title, String name) {
    }

    /**
     * Form 01 of a person who signed.
     *
     * @param basis         the legal basis of the criteria (rule pack)
     * @param criteriaTitle the criteria set committed to (rule pack title)
     */
    public byte[] form(CampaignView campaign, UnitHeading unit, CommitmentRow row, String basis, String criteriaTitle) {
        CommitmentFormReport.Parameters parameters = new CommitmentFormReport.Parameters(unit.parentName(),
                unit.name(), place, row.signedAt().toLocalDate(), "Mẫu 01", campaign.year(), basis, criteriaTitle);
        return CommitmentFormReport.render(RENDERER, parameters, new CommitmentFormReport.Row(row.fullName(),
                row.positionTitle(), unit.name(), row.focusItems(), signingNote(campaign, row)));
    }

    /** Form 02: the unit list (everyone of the campaign) or the supplementary list (who signed later). */
    public byte[] list(UnitCommitments list, UnitHeading unit, Signer signer, boolean supplementary, LocalDate today) {
        CampaignView c = list.campaign();
        List<CommitmentListReport.Row> rows = new ArrayList<>();
        String totals;
        if (supplementary) {
            for (CommitmentRow r : list.supplementary()) {
                rows.add(new CommitmentListReport.Row(rows.size() + 1, r.fullName(), r.positionTitle(),
                        DAY.format(r.signedAt()), supplementaryNote(r)));
            }
            totals = "Tổng số: " + rows.size() + " người ký bổ sung.";
        } else {
            for (CommitmentRow r : list.rows()) {
                boolean onList = r.signed() && !r.supplementary();
                rows.add(new CommitmentListReport.Row(rows.size() + 1, r.fullName(), r.positionTitle(),
                        onList ? DAY.format(r.signedAt()) : "", unitListNote(c, r)));
            }
            long late = list.rows().stream().filter(r -> r.signed() && r.late() && !r.supplementary()).count();
            long onTime = list.rows().stream().filter(r -> r.signed() && !r.late() && !r.supplementary()).count();
            long later = list.supplementary().size();
            totals = "Tổng số: " + rows.size() + " người; đã ký: " + (onTime + late) + " (trong hạn: " + onTime
                    + "; ký muộn: " + late + ")" + (later > 0 ? "; ký bổ sung: " + later : "")
                    + "; chưa ký: " + list.notSignedCount() + "; chưa phải ký do nghỉ từ 01 tháng trở lên: "
                    + list.deferredCount() + ".";
        }
        String note = "Hạn ký cam kết: " + DAY.format(c.signBy()) + "; công khai danh sách chậm nhất: "
                + DAY.format(c.publishBy())
                + (c.published() ? "; đã công khai ngày " + DAY.format(c.publishedAt()) : " (dự thảo, chưa công khai)");
        LocalDate date = c.published() && !supplementary ? c.publishedAt().toLocalDate() : today;
        CommitmentListReport.Parameters parameters = new CommitmentListReport.Parameters(unit.parentName(),
                unit.name(), place, date, "Mẫu 02", supplementary ? SUPPLEMENTARY_TITLE : LIST_TITLE,
                "Năm " + c.year(), note, totals, RECIPIENTS,
                signer == null || signer.title() == null ? "Thủ trưởng đơn vị" : signer.title(),
                signer == null ? null : signer.name());
        return CommitmentListReport.render(RENDERER, parameters, rows);
    }

    /** How and when form 01 was signed, and what the signature is (late, after a leave, after publication). */
    static String signingNote(CampaignView c, CommitmentRow r) {
        StringBuilder note = new StringBuilder("Ký trên hệ thống lúc ").append(TIME.format(r.signedAt()))
                .append(" (tài khoản ").append(r.signedBy()).append(").");
        if (r.late()) {
            note.append(" Ký muộn: hạn ký ").append(DAY.format(c.signBy())).append('.');
        }
        if (r.deferred()) {
            note.append(" Ký sau thời gian nghỉ (").append(lower(r.deferralReason())).append("): danh sách bổ sung.");
        } else if (r.supplementary()) {
            note.append(" Ký sau khi danh sách của đơn vị đã công khai: danh sách bổ sung.");
        }
        return note.toString();
    }

    static String unitListNote(CampaignView c, CommitmentRow r) {
        if (r.status() == CommitmentStatus.DEFERRED) {
            return "Chưa phải ký: " + lower(r.deferralReason()) + "; ký sau khi hết thời gian nghỉ";
        }
        if (r.status() == CommitmentStatus.NOT_SIGNED) {
            return r.overdue() ? "Chưa ký (quá hạn)" : "Chưa ký";
        }
        if (r.supplementary()) {
            return "Ký bổ sung ngày " + DAY.format(r.signedAt()) + " (danh sách bổ sung)";
        }
        return r.late() ? "Ký muộn (hạn " + DAY.format(c.signBy()) + ")" : null;
    }

    static String supplementaryNote(CommitmentRow r) {
        if (r.deferred()) {
            return r.deferralReason() + "; ký sau khi hết thời gian nghỉ";
        }
        return "Ký sau khi danh sách đã công khai" + (r.late() ? "; ký muộn" : "");
    }

    private static String lower(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
