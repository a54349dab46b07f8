package vn.danhgia.organization.api.imports;

import java.util.List;

/**
 * The result of an import attempt (or of a dry run, see {@link PersonImportPreview#check()}).
 *
 * @param importId      id of the {@code org_import} row recording the attempt; {@code null} for a dry run
 * @param fileName      the uploaded file's name
 * @param fileSha256    SHA-256 of the file content (lower-case hex)
 * @param status        {@link ImportStatus#ACCEPTED} when the changes were (or would be) written
 * @param rowsTotal     number of data rows read (blank rows not counted)
 * @param rowsCreated   people added
 * @param rowsUpdated   people whose data changed
 * @param rowsUnchanged rows identical to what is stored
 * @param errorCount    number of problems found (may exceed {@code errors.size()} when the list was capped)
 * @param errors        the problems, ordered by row then column
 */
public record ImportReport(Long importId, String fileName, String fileSha256, ImportStatus status,
                           int rowsTotal, int rowsCreated, int rowsUpdated, int rowsUnchanged,
                           int errorCount, List<ImportError> errors) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
