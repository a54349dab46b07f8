package vn.danhgia.organization.infrastructure.imports;

import java.util.List;

/**
 * One non-blank row of a file.
 *
 * @param rowNumber the row number as a spreadsheet shows it (1-based)
 * @param cells     cells by zero-based column index; an absent cell is {@code null}
 */
public record RawRecord(int rowNumber, List<CellValue> cells) {

    public CellValue cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
