package vn.danhgia.organization.infrastructure.imports;

import java.util.List;
import vn.danhgia.organization.api.imports.ImportError;

/**
 * The data rows of a file after reading each cell.
 *
 * @param rows    every data row (also those with problems, so that later checks still run on them)
 * @param errors  problems found in the cells and between rows (duplicate staff codes)
 */
public record ParsedRows(List<PersonRow> rows, List<ImportError> errors) {
}
