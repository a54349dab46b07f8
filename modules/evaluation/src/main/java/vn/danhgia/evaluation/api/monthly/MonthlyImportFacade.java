package vn.danhgia.evaluation.api.monthly;

import jakarta.ejb.Local;

/**
 * Monthly ratings of a unit from an Excel (.xlsx) file (RULES.md MON-1, MON-2): a template listing the unit's people
 * of the month, and an all-or-nothing import through the rules of {@link MonthlyRatingFacade#save}.
 */
@Local
public interface MonthlyImportFacade {

    /** Largest accepted file (bytes). */
    long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** Most data rows in one file. */
    int MAX_ROWS = 5_000;

    /**
     * The template of a unit and month: sheet "Xếp loại tháng" (staff code, full name, score, level, violations),
     * pre-filled with the unit's people on the month's last day and their current rating; sheet "Hướng dẫn".
     */
    byte[] template(long unitId, int year, int month);

    /**
     * Checks every row (formula cells refused; staff code of a person of the unit in the month, full name matching;
     * score 0–100 or a level HTXS/HTT/HT/KHT, not both; violations ≥ 0; one row per person) and saves the month's
     * ratings all or nothing with {@link MonthlyRatingFacade#save}: unchanged rows are not saved again, corrections
     * need a reason. Rows with neither score nor level are skipped.
     */
    MonthlyImportReport importFile(long unitId, int year, int month, String fileName, byte[] content, String by,
                                   String reason);
}
