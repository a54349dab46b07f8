package vn.danhgia.organization.api.imports;

import java.util.List;

/**
 * A dry run of a people import: the first rows as read and the full check, without writing
 * anything (not even the {@code org_import} record).
 *
 * @param fileName  the uploaded file's name
 * @param fileSize  size in bytes
 * @param firstRows the first rows of the file (at most {@link ImportSettings#previewRows()})
 * @param check     what the import would answer now: counts of rows to create, update, leave
 *                  unchanged, and every problem found
 */
public record PersonImportPreview(String fileName, long fileSize, List<PersonRowView> firstRows, ImportReport check) {

    public PersonImportPreview {
        firstRows = firstRows == null ? List.of() : List.copyOf(firstRows);
    }
}
