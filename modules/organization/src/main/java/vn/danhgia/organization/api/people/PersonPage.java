package vn.danhgia.organization.api.people;

import java.util.List;

/**
 * A page of people and how many match the filters. Counting stops at {@link #COUNT_LIMIT}
 * (a list that long is narrowed with filters, not paged through): then {@code total} is the limit
 * and {@code moreThanTotal} is true.
 */
public record PersonPage(long total, boolean moreThanTotal, List<PersonSummary> items) {

    public static final int COUNT_LIMIT = 10_000;
}
