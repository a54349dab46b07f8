package vn.danhgia.organization.api.imports;

import jakarta.ejb.Local;

/**
 * Imports people (RULES.md ORG-2, ORG-3, ORG-4, ORG-5, ORG-9, ORG-10) from an Excel (.xlsx) or
 * CSV (UTF-8) file whose header row names the columns in Vietnamese (see {@link #template}).
 * All-or-nothing: one bad row refuses the whole file and nothing changes; every attempt is
 * recorded in {@code org_import}.
 */
@Local
public interface PersonImportFacade {

    /**
     * Checks every row of the file and, when all are valid, writes the changes in one
     * transaction: new staff codes are added (person, primary membership, grade appointment);
     * known ones get only what changed, with a revision saying who, when and why. Importing the
     * same file again changes nothing.
     *
     * @param fileName   the file's name; its extension (.xlsx, .csv) selects the reader
     * @param content    the file's bytes
     * @param importedBy user name of the person importing
     * @return the report: {@link ImportStatus#ACCEPTED} with counts, or {@link ImportStatus#REFUSED}
     *         with every problem found
     */
    ImportReport importPeople(String fileName, byte[] content, String importedBy);

    /** The same checks as {@link #importPeople} without writing anything, plus the first rows as read. */
    PersonImportPreview previewPeople(String fileName, byte[] content);

    /**
     * A template file: the Vietnamese header row and one example row; the .xlsx template has a
     * second sheet "Hướng dẫn" explaining each column and its allowed values.
     *
     * @param format {@code xlsx} or {@code csv}
     * @throws vn.danhgia.organization.api.OrganizationException for another format
     */
    byte[] template(String format);

    /** The limits in force (file size, rows), e.g. for the upload component. */
    ImportSettings settings();
}
