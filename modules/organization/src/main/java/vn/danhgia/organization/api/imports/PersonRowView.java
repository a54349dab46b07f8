package vn.danhgia.organization.api.imports;

/**
 * One row of a people file as read, for the preview: the cell texts and what the import would do.
 *
 * @param row          row number in the file
 * @param outcome      what the import would do with the row
 * @param firstError   the first problem of the row (Vietnamese), or {@code null}
 */
public record PersonRowView(int row, String staffCode, String fullName, String birthDate, String sex,
                            String category, String unitCode, String positionTitle, String role,
                            String gradeCode, String effectiveDate, RowOutcome outcome, String firstError) {
}
