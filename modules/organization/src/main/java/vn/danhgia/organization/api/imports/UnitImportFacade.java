package vn.danhgia.organization.api.imports;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Imports units (RULES.md ORG-1) from an Excel (.xlsx) or CSV (UTF-8) file whose header row names
 * the columns in Vietnamese (see {@link #unitTemplate}). All-or-nothing, like the people import:
 * one bad row refuses the whole file and nothing changes; every attempt is recorded in
 * {@code org_import} (kind {@code UNITS}) and every accepted one in the audit log.
 */
@Local
public interface UnitImportFacade {

    /**
     * Checks every row and, when all are valid, writes the changes in one transaction, parents
     * first: new codes are inserted; known ones get only what changed (name, type, kind, block,
     * parent, area, validity); when a parent changes, the {@code sort_path} of the unit and of all
     * its descendants is recomputed. A blank optional cell keeps the stored value of a known unit.
     * Importing the same file again changes nothing.
     *
     * @return {@link ImportStatus#ACCEPTED} with counts (rows created, updated, unchanged), or
     *         {@link ImportStatus#REFUSED} with every problem by row and column
     */
    ImportReport importUnits(String fileName, byte[] content, String importedBy);

    /** The same checks as {@link #importUnits} without writing anything, plus the first rows as read. */
    UnitImportPreview previewUnits(String fileName, byte[] content);

    /**
     * A template: the header row and an example row; the .xlsx one has a sheet "Hướng dẫn" listing
     * each column and the allowed kinds and blocks.
     *
     * @param format {@code xlsx} or {@code csv}
     * @throws vn.danhgia.organization.api.OrganizationException for another format
     */
    byte[] unitTemplate(String format);

    /** A dry run of a units import: the first rows as read and the full check. */
    record UnitImportPreview(String fileName, long fileSize, List<UnitRowView> firstRows, ImportReport check) {

        public UnitImportPreview {
            firstRows = firstRows == null ? List.of() : List.copyOf(firstRows);
        }
    }

    /** One row of a units file as read, for the preview, and what the import would do with it. */
    record UnitRowView(int row, String code, String name, String kind, String block, String parentCode,
                       String validFrom, String validTo, RowOutcome outcome, String firstError) {
    }
}
