package vn.danhgia.organization.api.imports;

/**
 * One problem found in an imported file.
 *
 * @param row     the row number as the spreadsheet shows it (the header is usually row 1);
 *                {@code 0} for a problem of the whole file (size, type, header)
 * @param column  the column header (e.g. "Ngày sinh"), or {@code null} for a problem of the whole file
 * @param value   the value read from the cell, as text (may be {@code null} or empty)
 * @param message the explanation in Vietnamese, saying what to do
 */
public record ImportError(int row, String column, String value, String message) {

    /** A problem of the whole file, not of one cell. */
    public static ImportError ofFile(String message) {
        return new ImportError(0, null, null, message);
    }
}
