package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import java.util.Set;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;

/**
 * One data row of a people file, with its values converted. A {@code null} value means the cell
 * was blank: a new person gets the default, a known person keeps what is stored.
 *
 * @param row            row number in the file
 * @param staffCode      staff code as written (trimmed)
 * @param fullName       NFC, single spaces
 * @param effectiveDate  the Ngày hiệu lực, or the import date when blank
 * @param invalid        columns whose cell could not be read (already reported): later checks skip them
 */
public record PersonRow(int row, String staffCode, String fullName, LocalDate birthDate, Vocabulary.Sex sex,
                        String ethnicity, Boolean minorityArea, StaffCategory category, Boolean standingCommittee,
                        String unitCode, String positionTitle, UnitRole role, String gradeCode, LocalDate gradeDate,
                        LocalDate effectiveDate, Set<PersonColumn> invalid) {

    /** Comparison key of the staff code (the database compares codes case-insensitively). */
    public String codeKey() {
        return key(staffCode);
    }

    public static String key(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isInvalid(PersonColumn column) {
        return invalid.contains(column);
    }
}
