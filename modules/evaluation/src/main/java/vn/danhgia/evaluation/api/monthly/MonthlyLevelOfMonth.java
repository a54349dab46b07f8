package vn.danhgia.evaluation.api.monthly;

/**
 * The current monthly level of a person for one month (PRO-5 reads three of them per quarter).
 *
 * @param level "HTXS", "HTT", "HT", "KHT"; null when the month has no rating
 */
public record MonthlyLevelOfMonth(int year, int month, String level, Integer revision) {
}
