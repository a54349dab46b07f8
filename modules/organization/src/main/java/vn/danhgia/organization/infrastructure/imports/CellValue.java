package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;

/**
 * One cell as read from a file.
 *
 * @param ref     the cell address as a spreadsheet shows it, e.g. {@code C5}
 * @param text    the cell's text (a number or date formatted as the spreadsheet displays it), or {@code null}
 * @param date    the date of a real date cell (.xlsx), or {@code null}
 * @param formula the formula of a formula cell (.xlsx, without "="), or {@code null}
 */
public record CellValue(String ref, String text, LocalDate date, String formula) {

    public boolean isFormula() {
        return formula != null;
    }

    public boolean isBlank() {
        return formula == null && date == null && (text == null || text.isBlank());
    }

    /** What to show the user as the cell's value. */
    public String display() {
        if (formula != null) {
            return formula.isEmpty() ? (text == null ? "" : text.strip()) : "=" + formula;
        }
        if (date != null) {
            return ImportMessages.date(date);
        }
        return text == null ? "" : text.strip();
    }

    /** Column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** Zero-based column index of a cell address ({@code C5} → 2), or -1. */
    public static int columnIndex(String ref) {
        if (ref == null) {
            return -1;
        }
        int index = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : index - 1;
    }
}
