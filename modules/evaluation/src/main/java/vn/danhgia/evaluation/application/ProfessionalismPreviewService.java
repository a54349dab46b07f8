package vn.danhgia.evaluation.application;

import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.evaluation.api.PreviewFinding;
import vn.danhgia.evaluation.api.PreviewRejectedException;
import vn.danhgia.evaluation.api.PreviewRequest;
import vn.danhgia.evaluation.api.PreviewResult;
import vn.danhgia.evaluation.api.PreviewScore;
import vn.danhgia.evaluation.api.PreviewUnitCondition;
import vn.danhgia.evaluation.api.ProfessionalismOutcome;
import vn.danhgia.evaluation.api.ProfessionalismPreviewFacade;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.domain.professionalism.Criterion;
import vn.danhgia.evaluation.domain.professionalism.CriterionScore;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.ProOutcome;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.ProfessionalismRules;
import vn.danhgia.evaluation.domain.professionalism.SheetFacts;
import vn.danhgia.evaluation.domain.professionalism.UnitCondition;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

/**
 * Previews the quarterly professionalism decision (PRO-3..PRO-8) with the PRO rule pack shipped with
 * the module (read once per class loader). No transaction work, no persistence: it only checks the
 * request, builds the {@link SheetFacts} with the mandatory flags of the pack's form, and runs
 * {@link ProfessionalismRules}.
 */
@Stateless
public class ProfessionalismPreviewService implements ProfessionalismPreviewFacade {

    private final ProRulePack pack;

    public ProfessionalismPreviewService() {
        this(DefaultRulePacks.pro());
    }

    /** With another pack (tests, a later version). */
    public ProfessionalismPreviewService(ProRulePack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public PreviewResult preview(PreviewRequest request) {
        if (request == null) {
            throw reject("EMPTY_REQUEST", "Thiếu nội dung yêu cầu.");
        }
        FormDefinition form = form(request.form());
        List<PreviewScore> scores = scores(request.scores(), form);
        List<MonthlyLevel> ratings = monthlyRatings(request.monthlyRatings());
        Integer quarter = request.quarter();
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw reject("INVALID_QUARTER", "Quý (quarter) phải từ 1 đến 4; nhận được " + quarter + ".");
        }
        int absence = request.absenceWorkingDays() == null ? 0 : request.absenceWorkingDays();
        if (absence < 0) {
            throw reject("INVALID_ABSENCE", "Số ngày làm việc nghỉ (absenceWorkingDays) phải ≥ 0; nhận được "
                    + absence + ".");
        }

        List<PreviewFinding> findings = new ArrayList<>();
        List<CriterionScore> sheet = new ArrayList<>();
        for (PreviewScore s : scores) {
            boolean mandatory = form.criterion(s.criterion()).map(Criterion::mandatory).orElseThrow();
            if (s.mandatory() != null && s.mandatory() != mandatory) {
                findings.add(new PreviewFinding("PRO-13", false, "PRO-13: tiêu chí " + s.criterion() + " được gửi là "
                        + kind(s.mandatory()) + ", bộ tiêu chí " + pack.ref() + " của mẫu " + form.code() + " quy định "
                        + kind(mandatory) + " — dùng theo bộ tiêu chí",
                        Map.of("criterion", Integer.toString(s.criterion()), "sent", s.mandatory().toString(),
                                "pack", Boolean.toString(mandatory))));
            }
            sheet.add(new CriterionScore(s.criterion(), s.score(), mandatory));
        }
        PreviewUnitCondition unit = request.unitCondition();
        SheetFacts facts = new SheetFacts(form.code(), sheet, quarter, ratings, request.disciplineInForce(),
                request.disciplineDescription(), request.underInspection(), request.violationFoundByInspection(),
                unit == null ? UnitCondition.UNKNOWN : new UnitCondition(unit.nobodyKht(), unit.nobodyWithViolation()),
                absence);
        Ruling<ProOutcome> ruling = ProfessionalismRules.rule(facts, pack);
        for (Finding f : ruling.findings()) {
            findings.add(new PreviewFinding(f.ruleId(), f.passed(), f.message(), f.facts()));
        }
        return new PreviewResult(ProfessionalismOutcome.valueOf(ruling.outcome().name()), ruling.rulePack().toString(),
                findings);
    }

    private FormDefinition form(String code) {
        if (code == null || code.isBlank()) {
            throw reject("FORM_REQUIRED", "Thiếu mẫu phiếu (form); các mẫu: " + forms() + ".");
        }
        return pack.form(code.trim()).orElseThrow(() -> reject("UNKNOWN_FORM", "Mẫu phiếu \"" + code
                + "\" không có trong bộ quy tắc " + pack.ref() + "; các mẫu: " + forms() + "."));
    }

    /** Exactly one score per criterion 1..n of the form, sorted by criterion. */
    private static List<PreviewScore> scores(List<PreviewScore> scores, FormDefinition form) {
        if (scores == null) {
            throw reject("SCORES_REQUIRED", "Thiếu danh sách điểm (scores): mẫu " + form.code() + " có "
                    + form.criteriaCount() + " tiêu chí.");
        }
        if (scores.size() != form.criteriaCount()) {
            throw reject("SCORE_COUNT", "Mẫu " + form.code() + " có " + form.criteriaCount() + " tiêu chí; yêu cầu gửi "
                    + scores.size() + " điểm.");
        }
        Set<Integer> seen = new HashSet<>();
        for (PreviewScore s : scores) {
            if (s == null) {
                throw reject("CRITERION_NUMBER", "Danh sách điểm có phần tử rỗng.");
            }
            if (form.criterion(s.criterion()).isEmpty()) {
                throw reject("CRITERION_NUMBER", "Mẫu " + form.code() + " không có tiêu chí " + s.criterion()
                        + "; số tiêu chí từ 1 đến " + form.criteriaCount() + ".");
            }
            if (!seen.add(s.criterion())) {
                throw reject("CRITERION_NUMBER", "Tiêu chí " + s.criterion() + " được gửi nhiều lần.");
            }
        }
        // n distinct numbers within 1..n: every criterion is present
        List<PreviewScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingInt(PreviewScore::criterion));
        return sorted;
    }

    private List<MonthlyLevel> monthlyRatings(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        int months = pack.monthly().monthsPerQuarter();
        if (codes.size() > months) {
            throw reject("MONTHLY_RATINGS", "Một quý có " + months + " tháng; yêu cầu gửi " + codes.size()
                    + " xếp loại tháng (monthlyRatings).");
        }
        List<MonthlyLevel> levels = new ArrayList<>();
        for (String code : codes) {
            if (code == null) {
                levels.add(null);
                continue;
            }
            levels.add(MonthlyLevel.parse(code).orElseThrow(() -> reject("UNKNOWN_MONTHLY_RATING",
                    "Xếp loại tháng \"" + code + "\" không hợp lệ; các giá trị: HTXS, HTT, HT, KHT.")));
        }
        return levels;
    }

    private String forms() {
        return String.join(", ", pack.forms().keySet());
    }

    private static String kind(boolean mandatory) {
        return mandatory ? "bắt buộc" : "không bắt buộc";
    }

    private static PreviewRejectedException reject(String code, String message) {
        return new PreviewRejectedException(code, message);
    }
}
