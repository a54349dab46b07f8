package vn.danhgia.evaluation.domain.professionalism;

import static vn.danhgia.evaluation.domain.VnNumbers.vn;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The criterion score scale (RULES.md PRO-4): from {@code min} to {@code max} inclusive, in steps of
 * {@code step} counted from {@code min} (default pack: 1, 1.5, …, 9.5, 10). Exact decimal arithmetic.
 */
public record ScoreScale(BigDecimal min, BigDecimal max, BigDecimal step) {

    public ScoreScale {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("scoreScale.step must be > 0");
        }
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("scoreScale.min must be below max");
        }
        if (!onStep(max, min, step)) {
            throw new IllegalArgumentException("scoreScale.max must be min + a whole number of steps");
        }
    }

    /** True for a score on the scale: within [min, max] and a whole number of steps above min. */
    public boolean isValid(BigDecimal score) {
        // the bounds are checked first, so the remainder is only ever computed on a small number
        return score != null && score.compareTo(min) >= 0 && score.compareTo(max) <= 0 && onStep(score, min, step);
    }

    /** "từ 1 đến 10, bước 0,5". */
    public String describe() {
        return "từ " + vn(min) + " đến " + vn(max) + ", bước " + vn(step);
    }

    private static boolean onStep(BigDecimal value, BigDecimal min, BigDecimal step) {
        return value.subtract(min).remainder(step).signum() == 0;
    }
}
