package vn.danhgia.evaluation.api.monthly;

/**
 * One problem of an imported monthly-ratings file.
 *
 * @param row     the row number as the spreadsheet shows it; 0 for a problem of the whole file
 * @param column  the column header ("Điểm"), or null for a problem of the whole row or file
 * @param value   the value read, as text (may be null)
 * @param message the explanation in Vietnamese, saying what to do
 */
public record MonthlyImportError(int row, String column, String value, String message) {

    public static MonthlyImportError ofFile(String message) {
        return new MonthlyImportError(0, null, null, message);
    }
}
