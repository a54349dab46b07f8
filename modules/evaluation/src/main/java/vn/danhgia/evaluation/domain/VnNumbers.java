package vn.danhgia.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as Vietnamese readers write them in messages: decimal comma, no trailing zeros
 * ({@code 7.50} → "7,5", {@code 280.0} → "280"). Facts stored with findings keep the machine form
 * ({@link #plain}: "7.5").
 */
public final class VnNumbers {

    /** Beyond these limits a value is shown in scientific form rather than written out in full. */
    private static final int MAX_PLAIN_SCALE = 12;
    private static final BigDecimal MAX_PLAIN_MAGNITUDE = new BigDecimal("1E12");

    private VnNumbers() {
    }

    /** "7,5"; "10"; "-0,5". */
    public static String vn(BigDecimal value) {
        return plain(value).replace('.', ',');
    }

    /** "7.5"; "10" — for the facts of a finding. Absurd values (1E+999999) are abbreviated, never expanded. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > MAX_PLAIN_SCALE || v.abs().compareTo(MAX_PLAIN_MAGNITUDE) >= 0) {
            return v.round(new MathContext(8)).toString();
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString();
    }
}
