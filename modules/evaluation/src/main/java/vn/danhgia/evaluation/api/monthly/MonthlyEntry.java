package vn.danhgia.evaluation.api.monthly;

import java.math.BigDecimal;

/**
 * One person's rating of a month as entered: either a score (0–100, at most 2 decimals; the level is derived) or a
 * level entered directly (MON-2 allows it), plus the month's code-of-conduct violations.
 *
 * @param violations   null counts as 0
 * @param level        "HTXS", "HTT", "HT" or "KHT" when entered directly; null when a score is given
 * @param baseRevision the revision the user started from (optional): when another revision was saved meanwhile
 *                     the entry is refused instead of silently replacing it; null skips the check
 */
public record MonthlyEntry(long personId, BigDecimal score, Integer violations, String level, Integer baseRevision) {
}
