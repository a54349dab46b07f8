package vn.danhgia.evaluation.api.monthly;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Monthly ratings of people (RULES.md MON-1, MON-2) with the rule pack in force (RP-1), the explanation of each
 * derived level (RP-2) and insert-only revisions (PUB-2).
 */
@Local
public interface MonthlyRatingFacade {

    /**
     * Every person of the unit on the last day of the month (sorted by name) with their current rating of that
     * month, if any.
     */
    List<MonthlyRatingRow> unitMonth(long unitId, int year, int month);

    /**
     * Saves the month's ratings, all or nothing. Every entry is checked first (score from 0 to 100 with at most 2
     * decimals, violations ≥ 0, exactly one of score and level); when any entry is wrong nothing is saved and the
     * result lists a Vietnamese message per person. An entry equal to the current rating is not saved again; a
     * changed one is saved as a new revision (the earlier one is kept) and then needs a reason. The HTXS share cap
     * (MON-2) is reported as a warning over the people of the list; it does not block the save.
     *
     * @param by     the user saving (audit, created_by)
     * @param reason why (required when a rating that already exists is changed)
     */
    MonthlySaveResult save(int year, int month, List<MonthlyEntry> entries, String by, String reason);

    /**
     * The current levels of the three months of a quarter (for PRO-5): always three items, month order; an item's
     * level is null when that month has no rating.
     */
    List<MonthlyLevelOfMonth> quarterOf(long personId, int year, int quarter);

    /** What an entry would give (level and explanation, or the problem), without saving. */
    MonthlyPreview preview(int year, int month, MonthlyEntry entry);
}
