package vn.danhgia.evaluation.application.quarter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.danhgia.evaluation.api.quarter.BlockReport;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterFormsFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.evaluation.BlockSummaryReport;
import vn.danhgia.reports.evaluation.EvaluationSheetReport;
import vn.danhgia.reports.evaluation.ResultNoticeReport;
import vn.danhgia.reports.evaluation.UnitSummaryReport;

/**
 * The official forms of the quarterly cycle (RULES.md PUB-1): each reads through {@link QuarterFacade}, so what a viewer
 * may print is exactly what they may see (PUB-3), and lays it out with the reports module (Decree 30/2020).
 */
@Stateless
public class QuarterFormsService implements QuarterFormsFacade {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    @EJB
    private QuarterFacade quarters;

    @Inject
    @ConfigProperty(name = "danhgia.agency.parent", defaultValue = "UBND QUẬN")
    String parentAgency;

    @Inject
    @ConfigProperty(name = "danhgia.agency.place", defaultValue = "")
    String place;

    @Inject
    @ConfigProperty(name = "danhgia.agency.signer-name")
    Optional<String> signerName;

    @Override
    public byte[] sheetPdf(long sheetId, Viewer viewer) {
        SheetDetail d = quarters.sheet(sheetId, viewer);
        SheetRow r = d.row();
        SheetDetail.RulingVersion ruling = d.currentRuling();
        List<EvaluationSheetReport.Row> rows = new ArrayList<>();
        for (SheetDetail.CriterionLine c : d.criteria()) {
            rows.add(new EvaluationSheetReport.Row(c.number(), c.group(), c.text(), c.mandatory(), number(c.selfScore()),
                    number(c.score())));
        }
        BigDecimal max = BigDecimal.TEN.multiply(BigDecimal.valueOf(d.criteria().size()));
        String outcome = ruling == null ? null : QuarterService.outcomeText(ruling.outcome());
        List<String> findings = ruling == null ? List.of() : ruling.findings().stream().map(Finding::message).toList();
        return EvaluationSheetReport.render(RENDERER, new EvaluationSheetReport.Parameters(parentAgency, r.unitName(), place,
                LocalDate.now(), r.formCode(), d.quarter().label(), r.fullName(), r.positionTitle(), r.unitName(),
                number(d.selfTotal()), number(d.scoreTotal()), number(max), outcome, findings, r.commenterName(),
                d.commentText(), "NGƯỜI ĐÁNH GIÁ", r.evaluatorName(), d.criteriaNote(), lateNote(r, d.quarter())), rows);
    }

    @Override
    public byte[] unitSummaryPdf(long quarterId, long unitId, Viewer viewer) {
        UnitSummary s = quarters.unitSummary(quarterId, unitId, viewer);
        List<UnitSummaryReport.Row> rows = new ArrayList<>();
        int i = 1;
        for (SheetRow r : s.rows()) {
            rows.add(new UnitSummaryReport.Row(i++, r.fullName(), r.positionTitle(), r.formCode(), number(r.total()),
                    QuarterService.outcomeText(r.outcome()), note(r)));
        }
        UnitSummary.Counts c = s.counts();
        return UnitSummaryReport.render(RENDERER, new UnitSummaryReport.Parameters(parentAgency, s.unitName(), place,
                LocalDate.now(), s.quarter().label(), s.focalUnitName(), c.total(), c.professional(), c.notProfessional(),
                c.notEvaluated(), "THỦ TRƯỞNG ĐƠN VỊ", null, s.submittedLate()
                        ? "Gửi muộn (hạn " + date(s.quarter().summaryDue()) + ")" : null), rows);
    }

    @Override
    public byte[] blockReportPdf(long quarterId, Long focalUnitId, Viewer viewer) {
        BlockReport b = quarters.blockReport(quarterId, focalUnitId, viewer);
        List<BlockSummaryReport.Row> rows = new ArrayList<>();
        int i = 1;
        for (BlockReport.UnitLine u : b.units()) {
            UnitSummary.Counts c = u.counts();
            int evaluated = c.professional() + c.notProfessional();
            rows.add(new BlockSummaryReport.Row(i++, u.unitName(), c.total(), evaluated, c.professional(),
                    c.notProfessional(), c.notEvaluated(), share(c.professional(), evaluated),
                    !u.summarySent() ? "Chưa gửi mẫu 06" : u.summaryLate() ? "Gửi mẫu 06 muộn" : null));
        }
        return BlockSummaryReport.render(RENDERER, new BlockSummaryReport.Parameters(parentAgency, b.focalUnitName(), place,
                LocalDate.now(), b.quarter().label(), b.focalUnitName(), focalUnitId == null ? null : "Ban Tổ chức Quận ủy",
                "THỦ TRƯỞNG CƠ QUAN", signerName.orElse(null), b.submittedLate()
                        ? "Gửi muộn (hạn " + date(b.quarter().focalDue()) + ")" : null), rows);
    }

    @Override
    public byte[] noticePdf(long quarterId, Long focalUnitId, Long unitId, Viewer viewer) {
        QuarterView quarter = quarters.quarter(quarterId, viewer);
        if (!"PUBLISHED".equals(quarter.status())) {
            throw EvaluationException.conflict("NOT_PUBLISHED", "Kết quả " + quarter.label() + " chưa được công bố.");
        }
        List<SheetRow> rows = quarters.notice(quarterId, focalUnitId, unitId, viewer);
        List<ResultNoticeReport.Row> lines = new ArrayList<>();
        int i = 1;
        for (SheetRow r : rows) {
            lines.add(new ResultNoticeReport.Row(i++, r.fullName(), r.positionTitle(), r.unitName(),
                    QuarterService.outcomeText(r.outcome()), note(r)));
        }
        UnitSummary.Counts c = QuarterService.counts(rows);
        String scope = rows.isEmpty() ? quarter.rootUnitName() : unitId != null ? rows.get(0).unitName()
                : focalUnitId != null ? "Khối do " + rows.get(0).focalUnitName() + " theo dõi" : quarter.rootUnitName();
        return ResultNoticeReport.render(RENDERER, new ResultNoticeReport.Parameters(parentAgency,
                unitId != null && !rows.isEmpty() ? rows.get(0).unitName() : quarter.rootUnitName(), place,
                quarter.publishedAt() == null ? LocalDate.now() : quarter.publishedAt().toLocalDate(), quarter.label(),
                scope, c.total(), c.professional(), c.notProfessional(), c.notEvaluated(), "THỦ TRƯỞNG ĐƠN VỊ",
                signerName.orElse(null)), lines);
    }

    private static String note(SheetRow r) {
        List<String> notes = new ArrayList<>();
        if (r.notEvaluatedReason() != null) {
            notes.add(r.notEvaluatedReason());
        }
        if (r.adjusted()) {
            notes.add("Điều chỉnh theo PRO-10");
        }
        if (r.selfLate() || r.scoredLate()) {
            notes.add("Có bước muộn hạn");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static String lateNote(SheetRow r, QuarterView q) {
        List<String> late = new ArrayList<>();
        if (r.selfLate()) {
            late.add("tự đánh giá sau " + date(q.selfDue()));
        }
        if (r.commentLate()) {
            late.add("nhận xét sau " + date(q.evaluatorDue()));
        }
        if (r.scoredLate()) {
            late.add("chấm điểm sau " + date(q.evaluatorDue()));
        }
        return late.isEmpty() ? null : "Muộn hạn: " + String.join("; ", late);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", part * 100.0 / whole).replace('.', ',');
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
