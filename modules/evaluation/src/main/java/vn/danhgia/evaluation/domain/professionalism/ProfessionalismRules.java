package vn.danhgia.evaluation.domain.professionalism;

import static vn.danhgia.evaluation.domain.VnNumbers.plain;
import static vn.danhgia.evaluation.domain.VnNumbers.vn;
import static vn.danhgia.evaluation.domain.professionalism.ScoreValidator.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

/**
 * The quarterly professionalism decision for one person (RULES.md PRO-4..PRO-8), in this order:
 * <ol>
 *   <li>PRO-8 — absent for the pack's kinds at least the threshold of working days: {@code NOT_EVALUATED},
 *       nothing else is looked at (the person is shown as not evaluated, with the reason);</li>
 *   <li>PRO-3/PRO-4 — unknown form or an invalid sheet (count, numbering, a score off the scale):
 *       {@code INVALID_INPUT}, nothing else is judged;</li>
 *   <li>PRO-5 — monthly ratings (every month at the minimum level or better, enough months at the
 *       required level; a missing month fails), discipline in force, under inspection, violation found
 *       by inspection (unknown = failed);</li>
 *   <li>PRO-6 / PRO-7 (the form's rule id) — the total within the range, every mandatory criterion at
 *       the mandatory score, every other criterion at least the minimum; each checked and reported even
 *       though the per-item conditions imply the total; form 03 adds the unit condition.</li>
 * </ol>
 * {@code PROFESSIONAL} when every finding of steps 3–4 passed, else {@code NOT_PROFESSIONAL}. Every
 * check is a finding with its facts (RP-2). Messages in Vietnamese with the decimal comma.
 */
public final class ProfessionalismRules {

    public static final String PRO_5 = "PRO-5";
    public static final String PRO_6 = "PRO-6";
    public static final String PRO_8 = "PRO-8";

    private ProfessionalismRules() {
    }

    public static Ruling<ProOutcome> rule(SheetFacts facts, ProRulePack pack) {
        List<Finding> findings = new ArrayList<>();

        // PRO-8: not evaluated — short-circuits everything
        AbsenceRule absence = pack.absence();
        int days = facts.absenceWorkingDays();
        boolean notEvaluated = absence.notEvaluated(days);
        findings.add(new Finding(PRO_8, !notEvaluated, "PRO-8: nghỉ " + days + " ngày làm việc "
                + (notEvaluated ? "≥ " : "< ") + absence.minWorkingDays()
                + (notEvaluated ? " — không đánh giá" : " — được đánh giá"),
                facts("absenceWorkingDays", Integer.toString(days), "threshold",
                        Integer.toString(absence.minWorkingDays()), "kinds", String.join(",", sorted(absence)))));
        if (notEvaluated) {
            return new Ruling<>(ProOutcome.NOT_EVALUATED, findings, pack.ref());
        }

        // PRO-3 / PRO-4: a valid sheet of a known form, or nothing is judged
        Optional<FormDefinition> maybeForm = pack.form(facts.formCode());
        if (maybeForm.isEmpty()) {
            findings.add(new Finding(FormChooser.RULE, false, "PRO-3: mẫu phiếu \"" + facts.formCode()
                    + "\" không có trong bộ quy tắc " + pack.ref() + " (có: " + String.join(", ", pack.forms().keySet())
                    + ")", facts("form", String.valueOf(facts.formCode()))));
            return new Ruling<>(ProOutcome.INVALID_INPUT, findings, pack.ref());
        }
        FormDefinition form = maybeForm.get();
        List<Finding> problems = ScoreValidator.validate(facts.scores(), form, pack.scale());
        if (!problems.isEmpty()) {
            findings.addAll(problems);
            return new Ruling<>(ProOutcome.INVALID_INPUT, findings, pack.ref());
        }
        findings.add(new Finding(ScoreValidator.RULE, true, "PRO-4: " + form.criteriaCount() + " điểm của mẫu "
                + form.code() + " đều hợp lệ (" + pack.scale().describe() + ")",
                facts("form", form.code(), "scoreCount", Integer.toString(facts.scores().size()))));

        int judgedFrom = findings.size();
        monthly(facts, pack.monthly(), findings);
        personal(facts, pack.general(), findings);
        scores(facts, form, findings);
        if (form.unitCondition()) {
            unit(facts.unitCondition(), form, findings);
        }
        boolean professional = findings.subList(judgedFrom, findings.size()).stream().allMatch(Finding::passed);
        return new Ruling<>(professional ? ProOutcome.PROFESSIONAL : ProOutcome.NOT_PROFESSIONAL, findings, pack.ref());
    }

    // --- PRO-5 ----------------------------------------------------------------------------------------

    private static void monthly(SheetFacts facts, MonthlyConditions rule, List<Finding> findings) {
        List<MonthlyLevel> ratings = facts.monthlyRatings();
        if (ratings.size() > rule.monthsPerQuarter()) {
            findings.add(new Finding(PRO_5, false, "PRO-5: có " + ratings.size() + " xếp loại tháng, một quý chỉ có "
                    + rule.monthsPerQuarter() + " tháng", facts("ratingCount", Integer.toString(ratings.size()))));
        }
        int months = Math.min(ratings.size(), rule.monthsPerQuarter());
        boolean allAtLeast = true;
        int required = 0;
        StringJoiner levels = new StringJoiner(", ");
        for (int i = 0; i < rule.monthsPerQuarter(); i++) {
            MonthlyLevel level = i < months ? ratings.get(i) : null;
            String month = facts.monthLabel(i);
            levels.add(level == null ? "?" : level.name());
            if (level == null) {
                allAtLeast = false;
                findings.add(new Finding(PRO_5, false, "PRO-5: " + month + " chưa có xếp loại hằng tháng",
                        facts("month", month, "level", "")));
                continue;
            }
            if (level.isAtLeast(rule.requiredLevel())) {
                required++;
            }
            if (!level.isAtLeast(rule.minimumLevel())) {
                allAtLeast = false;
                findings.add(new Finding(PRO_5, false, "PRO-5: " + month + " xếp loại " + level + " (cần từ "
                        + rule.minimumLevel() + " trở lên)",
                        facts("month", month, "level", level.name(), "minimumLevel", rule.minimumLevel().name())));
            }
        }
        if (allAtLeast) {
            findings.add(new Finding(PRO_5, true, "PRO-5: cả " + rule.monthsPerQuarter() + " tháng xếp loại từ "
                    + rule.minimumLevel() + " trở lên (" + levels + ")",
                    facts("levels", levels.toString(), "minimumLevel", rule.minimumLevel().name())));
        }
        if (rule.requiredMonths() > 0) {
            boolean enough = required >= rule.requiredMonths();
            String message;
            if (enough) {
                message = "PRO-5: có " + required + " tháng " + rule.requiredLevel() + " (cần ít nhất "
                        + rule.requiredMonths() + ")";
            } else if (required == 0) {
                message = "PRO-5: không có tháng nào " + rule.requiredLevel();
            } else {
                message = "PRO-5: có " + required + " tháng " + rule.requiredLevel() + ", cần ít nhất "
                        + rule.requiredMonths();
            }
            findings.add(new Finding(PRO_5, enough, message, facts("levels", levels.toString(), "requiredLevel",
                    rule.requiredLevel().name(), "requiredMonths", Integer.toString(rule.requiredMonths()),
                    "months", Integer.toString(required))));
        }
    }

    private static void personal(SheetFacts facts, GeneralConditions rule, List<Finding> findings) {
        if (rule.noDisciplineInForce()) {
            Boolean discipline = facts.disciplineInForce();
            String description = facts.disciplineDescription() == null || facts.disciplineDescription().isBlank()
                    ? "" : facts.disciplineDescription().trim();
            String message = discipline == null
                    ? "PRO-5: chưa có thông tin về kỷ luật đảng, chính quyền — không kết luận được"
                    : discipline
                    ? "PRO-5: đang trong thời gian thi hành kỷ luật" + (description.isEmpty() ? "" : " (" + description + ")")
                    : "PRO-5: không trong thời gian thi hành kỷ luật đảng, chính quyền";
            findings.add(new Finding(PRO_5, Boolean.FALSE.equals(discipline), message,
                    facts("disciplineInForce", String.valueOf(discipline), "discipline", description)));
        }
        if (rule.notUnderInspection()) {
            Boolean inspected = facts.underInspection();
            String message = inspected == null
                    ? "PRO-5: chưa có thông tin về việc đang được thanh tra, kiểm tra — không kết luận được"
                    : inspected ? "PRO-5: đang được thanh tra, kiểm tra"
                    : "PRO-5: không đang được thanh tra, kiểm tra";
            findings.add(new Finding(PRO_5, Boolean.FALSE.equals(inspected), message,
                    facts("underInspection", String.valueOf(inspected))));
        }
        if (rule.noViolationFoundByInspection()) {
            Boolean violation = facts.violationFoundByInspection();
            String message = violation == null
                    ? "PRO-5: chưa có thông tin về sai phạm theo kết luận thanh tra, kiểm tra — không kết luận được"
                    : violation ? "PRO-5: có sai phạm theo kết luận thanh tra, kiểm tra"
                    : "PRO-5: không có sai phạm theo kết luận thanh tra, kiểm tra";
            findings.add(new Finding(PRO_5, Boolean.FALSE.equals(violation), message,
                    facts("violationFoundByInspection", String.valueOf(violation))));
        }
    }

    // --- PRO-6 / PRO-7 ---------------------------------------------------------------------------------

    private static void scores(SheetFacts facts, FormDefinition form, List<Finding> findings) {
        String rule = form.ruleId();
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionScore s : facts.scores()) {
            total = total.add(s.score());
        }
        boolean inRange = total.compareTo(form.totalMin()) >= 0 && total.compareTo(form.totalMax()) <= 0;
        String totalMessage = inRange
                ? rule + ": tổng điểm " + vn(total) + " trong khoảng " + vn(form.totalMin()) + "–" + vn(form.totalMax())
                : total.compareTo(form.totalMin()) < 0
                ? rule + ": tổng điểm " + vn(total) + " < " + vn(form.totalMin())
                : rule + ": tổng điểm " + vn(total) + " > " + vn(form.totalMax());
        findings.add(new Finding(rule, inRange, totalMessage, facts("form", form.code(), "total", plain(total),
                "min", plain(form.totalMin()), "max", plain(form.totalMax()))));

        int mandatoryFailed = 0;
        int otherFailed = 0;
        for (CriterionScore s : facts.scores()) {
            if (s.mandatory() && s.score().compareTo(form.mandatoryScore()) < 0) {
                mandatoryFailed++;
                findings.add(new Finding(rule, false, rule + ": tiêu chí bắt buộc " + s.criterion() + " đạt "
                        + vn(s.score()) + " < " + vn(form.mandatoryScore()),
                        facts("criterion", Integer.toString(s.criterion()), "mandatory", "true",
                                "score", plain(s.score()), "required", plain(form.mandatoryScore()))));
            } else if (!s.mandatory() && s.score().compareTo(form.otherMinScore()) < 0) {
                otherFailed++;
                findings.add(new Finding(rule, false, rule + ": tiêu chí " + s.criterion() + " đạt " + vn(s.score())
                        + " < " + vn(form.otherMinScore()),
                        facts("criterion", Integer.toString(s.criterion()), "mandatory", "false",
                                "score", plain(s.score()), "required", plain(form.otherMinScore()))));
            }
        }
        if (mandatoryFailed == 0) {
            findings.add(new Finding(rule, true, rule + ": cả " + form.mandatoryCount() + " tiêu chí bắt buộc đạt "
                    + vn(form.mandatoryScore()), facts("form", form.code(), "mandatoryCount",
                    Integer.toString(form.mandatoryCount()), "required", plain(form.mandatoryScore()))));
        }
        if (otherFailed == 0) {
            findings.add(new Finding(rule, true, rule + ": cả " + form.otherCount() + " tiêu chí còn lại đạt từ "
                    + vn(form.otherMinScore()) + " trở lên", facts("form", form.code(), "otherCount",
                    Integer.toString(form.otherCount()), "required", plain(form.otherMinScore()))));
        }
    }

    private static void unit(UnitCondition unit, FormDefinition form, List<Finding> findings) {
        String rule = form.ruleId();
        Boolean nobodyKht = unit.nobodyKht();
        findings.add(new Finding(rule, Boolean.TRUE.equals(nobodyKht), nobodyKht == null
                ? rule + ": chưa có thông tin về người xếp loại không hoàn thành nhiệm vụ trong đơn vị (bộ phận) phụ trách"
                : nobodyKht
                ? rule + ": đơn vị (bộ phận) phụ trách không có người xếp loại không hoàn thành nhiệm vụ"
                : rule + ": đơn vị (bộ phận) phụ trách có người xếp loại không hoàn thành nhiệm vụ",
                facts("nobodyKht", String.valueOf(nobodyKht))));
        Boolean nobodyWithViolation = unit.nobodyWithViolation();
        findings.add(new Finding(rule, Boolean.TRUE.equals(nobodyWithViolation), nobodyWithViolation == null
                ? rule + ": chưa có thông tin về người vi phạm phải kiểm điểm trách nhiệm hoặc xem xét kỷ luật trong "
                  + "đơn vị (bộ phận) phụ trách"
                : nobodyWithViolation
                ? rule + ": đơn vị (bộ phận) phụ trách không có người vi phạm phải kiểm điểm trách nhiệm hoặc xem xét kỷ luật"
                : rule + ": đơn vị (bộ phận) phụ trách có người vi phạm phải kiểm điểm trách nhiệm hoặc xem xét kỷ luật",
                facts("nobodyWithViolation", String.valueOf(nobodyWithViolation))));
    }

    private static List<String> sorted(AbsenceRule absence) {
        return absence.kinds().stream().sorted().toList();
    }
}
