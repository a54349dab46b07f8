package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The four bands the dashboard sorts an evaluator's total into for a form (RULES.md PRO-6, PRO-7): below 90 % of the
 * maximum, from there up to the passing total, the lower half of the passing range, the upper half. For forms 04/05
 * (max 300, pass 280): &lt;270, 270–279.5, 280–289.5, 290–300; for form 03 (max 450, pass 420): &lt;405, 405–419.5,
 * 420–434.5, 435–450. Every edge is on the score scale's step, so the bands follow the rule pack.
 *
 * @param lows the lowest total of bands 2, 3 and 4 (band 1 is everything below {@code lows[0]})
 */
public record TotalBands(BigDecimal max, BigDecimal step, List<BigDecimal> lows) {

    private static final BigDecimal NINETY_PERCENT = new BigDecimal("0.9");

    public static TotalBands of(FormDefinition form, ScoreScale scale) {
        BigDecimal step = plain(scale.step());
        BigDecimal max = plain(form.totalMax());
        BigDecimal pass = plain(form.totalMin());
        BigDecimal middle = pass.add(max.subtract(pass).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
        return new TotalBands(max, step, List.of(floor(max.multiply(NINETY_PERCENT), step), pass, floor(middle, step)));
    }

    /** The band (0..3) of a total. */
    public int bandOf(BigDecimal total) {
        int band = 0;
        while (band < lows.size() && total.compareTo(lows.get(band)) >= 0) {
            band++;
        }
        return band;
    }

    /** The lowest total of a band; null for band 0 (open below). */
    public BigDecimal from(int band) {
        return band == 0 ? null : lows.get(band - 1);
    }

    /** The highest total of a band (one step below the next band; the maximum for the last). */
    public BigDecimal to(int band) {
        return band == lows.size() ? max : plain(lows.get(band).subtract(step));
    }

    public int count() {
        return lows.size() + 1;
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return plain(value.divide(step, 0, RoundingMode.FLOOR).multiply(step));
    }

    /** 270 rather than 270.0 or 2.7E+2. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
