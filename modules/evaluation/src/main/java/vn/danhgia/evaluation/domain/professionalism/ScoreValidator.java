package vn.danhgia.evaluation.domain.professionalism;

import static vn.danhgia.evaluation.domain.VnNumbers.plain;
import static vn.danhgia.evaluation.domain.VnNumbers.vn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.danhgia.platform.rules.Finding;

/**
 * PRO-4: a sheet is valid when it has exactly one score per criterion of its form and every score
 * is on the pack's scale (1 to 10 in steps of 0.5: 7.3, 10.5, 0.5 and 0 are rejected). Exact
 * decimal arithmetic. A mandatory flag that disagrees with the form definition (PRO-13: the pack
 * decides which criteria are mandatory) also makes the sheet invalid.
 */
public final class ScoreValidator {

    public static final String RULE = "PRO-4";
    public static final String CRITERIA_RULE = "PRO-13";

    private ScoreValidator() {
    }

    /**
     * The message for one invalid score, e.g. "Tiêu chí 12: điểm 7,3 không hợp lệ — điểm phải từ 1 đến
     * 10, bước 0,5"; empty when the score is valid.
     */
    public static Optional<String> problem(int criterion, BigDecimal score, ScoreScale scale) {
        if (score == null) {
            return Optional.of("Tiêu chí " + criterion + ": chưa có điểm — điểm phải " + scale.describe());
        }
        if (scale.isValid(score)) {
            return Optional.empty();
        }
        return Optional.of("Tiêu chí " + criterion + ": điểm " + vn(score) + " không hợp lệ — điểm phải "
                + scale.describe());
    }

    /** Every problem of the sheet as a failed finding; an empty list means the sheet is valid. */
    public static List<Finding> validate(List<CriterionScore> scores, FormDefinition form, ScoreScale scale) {
        List<Finding> problems = new ArrayList<>();
        if (scores.size() != form.criteriaCount()) {
            problems.add(new Finding(RULE, false, "PRO-4: mẫu " + form.code() + " có " + form.criteriaCount()
                    + " tiêu chí, phiếu có " + scores.size() + " điểm",
                    facts("form", form.code(), "criteriaCount", Integer.toString(form.criteriaCount()),
                            "scoreCount", Integer.toString(scores.size()))));
        }
        Map<Integer, Integer> seen = new TreeMap<>();
        for (CriterionScore s : scores) {
            seen.merge(s.criterion(), 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> e : seen.entrySet()) {
            int number = e.getKey();
            if (form.criterion(number).isEmpty()) {
                problems.add(new Finding(RULE, false, "PRO-4: mẫu " + form.code() + " không có tiêu chí " + number
                        + " (chỉ có tiêu chí 1 đến " + form.criteriaCount() + ")",
                        facts("form", form.code(), "criterion", Integer.toString(number))));
            } else if (e.getValue() > 1) {
                problems.add(new Finding(RULE, false, "PRO-4: tiêu chí " + number + " có " + e.getValue() + " điểm",
                        facts("criterion", Integer.toString(number), "count", e.getValue().toString())));
            }
        }
        for (int number = 1; number <= form.criteriaCount(); number++) {
            if (!seen.containsKey(number)) {
                problems.add(new Finding(RULE, false, "PRO-4: tiêu chí " + number + " chưa có điểm",
                        facts("criterion", Integer.toString(number))));
            }
        }
        for (CriterionScore s : scores) {
            Optional<Criterion> criterion = form.criterion(s.criterion());
            if (criterion.isPresent() && criterion.get().mandatory() != s.mandatory()) {
                problems.add(new Finding(CRITERIA_RULE, false, "PRO-13: tiêu chí " + s.criterion() + " được ghi là "
                        + kind(s.mandatory()) + ", bộ tiêu chí của mẫu " + form.code() + " quy định "
                        + kind(criterion.get().mandatory()),
                        facts("criterion", Integer.toString(s.criterion()), "sheetMandatory",
                                Boolean.toString(s.mandatory()), "formMandatory",
                                Boolean.toString(criterion.get().mandatory()))));
            }
            problem(s.criterion(), s.score(), scale).ifPresent(message -> problems.add(new Finding(RULE, false,
                    "PRO-4: " + lowerFirst(message), facts("criterion", Integer.toString(s.criterion()),
                    "score", plain(s.score()), "min", plain(scale.min()), "max", plain(scale.max()),
                    "step", plain(scale.step())))));
        }
        return problems;
    }

    static String kind(boolean mandatory) {
        return mandatory ? "bắt buộc" : "không bắt buộc";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static Map<String, String> facts(String... keyValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(keyValues[i], keyValues[i + 1]);
        }
        return facts;
    }
}
