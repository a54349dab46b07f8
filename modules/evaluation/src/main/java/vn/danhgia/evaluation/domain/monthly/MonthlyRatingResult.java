package vn.danhgia.evaluation.domain.monthly;

import java.math.BigDecimal;

/**
 * The outcome of a monthly rating (RULES.md MON-2).
 *
 * @param level      the level from the bands; null when the input was invalid
 * @param rawScore   the score as entered (before the conduct deduction)
 * @param deduction  the points deducted for code-of-conduct violations (capped)
 * @param finalScore the score after the deduction, never below the scale minimum; null when invalid
 */
public record MonthlyRatingResult(MonthlyLevel level, BigDecimal rawScore, BigDecimal deduction, BigDecimal finalScore) {

    public boolean valid() {
        return level != null;
    }
}
