package vn.danhgia.evaluation.api.monthly;

import java.util.List;

/**
 * The outcome of importing a month's ratings from a file (RULES.md MON-1, MON-2): all or nothing.
 *
 * @param saved          true when the ratings were saved; false: nothing was saved, see errors
 * @param fileName       the uploaded file's name
 * @param rowsTotal      data rows read (rows with a staff code)
 * @param rowsSkipped    rows with neither score nor level (left for later, not saved)
 * @param savedCount     ratings written (new ones and corrections, each a new revision)
 * @param unchangedCount rows equal to the current rating, not written again
 * @param errors         why nothing was saved, by row and column
 * @param warnings       findings that do not block the save (MON-2 HTXS share)
 */
public record MonthlyImportReport(boolean saved, String fileName, int rowsTotal, int rowsSkipped, int savedCount,
                                  int unchangedCount, List<MonthlyImportError> errors, List<MonthlyFinding> warnings) {

    public MonthlyImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
