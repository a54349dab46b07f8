package vn.danhgia.evaluation.domain.professionalism;

import java.util.Objects;

/**
 * One criterion (nội dung) of an evaluation form (RULES.md PRO-6, PRO-7, PRO-13).
 *
 * @param number    1-based number on the form
 * @param group     the heading it is printed under (may be empty)
 * @param text      the criterion text
 * @param mandatory a mandatory criterion must score the form's mandatory score (10)
 */
public record Criterion(int number, String group, String text, boolean mandatory) {

    public Criterion {
        if (number < 1) {
            throw new IllegalArgumentException("criterion number must be ≥ 1");
        }
        group = group == null ? "" : group;
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("criterion " + number + ": empty text");
        }
    }
}
