package vn.danhgia.evaluation.domain.commitment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded absence of a person (RULES.md ORG-7), as the commitment rules read it.
 *
 * @param kind  the ORG-7 kind as stored: MATERNITY, SICK, UNPAID, ANNUAL, SUMMER_BREAK, PERSONAL_LONG, TRAINING
 * @param start first day of the absence
 * @param end   last day of the absence (inclusive)
 */
public record Leave(String kind, LocalDate start, LocalDate end) {

    public Leave {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("leave ends " + end + " before it starts " + start);
        }
    }
}
