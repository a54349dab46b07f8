package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;

/**
 * Everything the quarterly professionalism rules need about one person and one quarter, gathered by
 * the caller (RULES.md PRO-4..PRO-8). Unknown facts are null and fail their condition with a
 * "chưa có thông tin" finding; the rules never guess them.
 *
 * @param formCode                   the form of the sheet ("03", "04", "05"), chosen by {@link FormChooser}
 * @param scores                     one score per criterion, with the mandatory flag of the form definition
 *                                   (see {@link #scoresFor})
 * @param quarter                    1..4 to name the months in messages ("tháng 8"); null to name them by
 *                                   position ("tháng thứ 2 của quý")
 * @param monthlyRatings             the quarter's monthly ratings in month order; a null element or a
 *                                   missing month is an unknown rating
 * @param disciplineInForce          a party or government disciplinary measure is being served; null = unknown
 * @param disciplineDescription      what it is, for the message (optional)
 * @param underInspection            the person is under inspection; null = unknown
 * @param violationFoundByInspection an inspection conclusion found a violation; null = unknown
 * @param unitCondition              PRO-6, form 03 only; null = both unknown
 * @param absenceWorkingDays         working days absent in the quarter for the PRO-8 kinds of the pack,
 *                                   counted by the caller (ORG-7 calendar)
 */
public record SheetFacts(String formCode, List<CriterionScore> scores, Integer quarter,
                         List<MonthlyLevel> monthlyRatings, Boolean disciplineInForce, String disciplineDescription,
                         Boolean underInspection, Boolean violationFoundByInspection, UnitCondition unitCondition,
                         int absenceWorkingDays) {

    public SheetFacts {
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        // null elements are allowed (unknown months), so no List.copyOf
        monthlyRatings = Collections.unmodifiableList(new ArrayList<>(
                Objects.requireNonNull(monthlyRatings, "monthlyRatings")));
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
        if (absenceWorkingDays < 0) {
            throw new IllegalArgumentException("absenceWorkingDays must be ≥ 0, got " + absenceWorkingDays);
        }
        unitCondition = unitCondition == null ? UnitCondition.UNKNOWN : unitCondition;
    }

    /** The scores of a sheet, numbered 1..n in the given order, with the mandatory flags of the form. */
    public static List<CriterionScore> scoresFor(FormDefinition form, List<BigDecimal> values) {
        List<CriterionScore> scores = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            int number = i + 1;
            boolean mandatory = form.criterion(number).map(Criterion::mandatory).orElse(false);
            scores.add(new CriterionScore(number, values.get(i), mandatory));
        }
        return scores;
    }

    /**
     * The record's text, written out: {@link InputFingerprint} hashes it for every sheet of a run, and the generated
     * record {@code toString} of Java 17 formats with {@code String.format} (see {@link CriterionScore#toString}). The
     * text must stay exactly the record's — stored fingerprints depend on it ({@code InputFingerprintTest}).
     */
    @Override
    public String toString() {
        return "SheetFacts[formCode=" + formCode + ", scores=" + scores + ", quarter=" + quarter + ", monthlyRatings="
                + monthlyRatings + ", disciplineInForce=" + disciplineInForce + ", disciplineDescription="
                + disciplineDescription + ", underInspection=" + underInspection + ", violationFoundByInspection="
                + violationFoundByInspection + ", unitCondition=" + unitCondition + ", absenceWorkingDays="
                + absenceWorkingDays + "]";
    }

    /** "tháng 8" when the quarter is known, else "tháng thứ 2 của quý" (index 0-based). */
    public String monthLabel(int index) {
        return quarter == null ? "tháng thứ " + (index + 1) + " của quý" : "tháng " + ((quarter - 1) * 3 + index + 1);
    }
}
