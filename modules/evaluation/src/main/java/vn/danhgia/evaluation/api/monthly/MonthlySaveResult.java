package vn.danhgia.evaluation.api.monthly;

import java.util.List;

/**
 * The outcome of saving a month's ratings.
 *
 * @param saved     true when the save went through (no errors); false: nothing was saved
 * @param savedCount   ratings written (new ones and corrections)
 * @param unchangedCount entries equal to the current rating, not written again
 * @param errors    why nothing was saved: one message per person (personId null for the whole request)
 * @param warnings  findings that do not block the save, e.g. the MON-2 HTXS share cap exceeded
 */
public record MonthlySaveResult(boolean saved, int savedCount, int unchangedCount, List<EntryError> errors,
                                List<MonthlyFinding> warnings) {

    public MonthlySaveResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A problem with one entry (or, with a null personId, with the request). */
    public record EntryError(Long personId, String message) {
    }
}
