package vn.danhgia.organization.api.people;

import java.time.LocalDate;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;

/** One line of the staff list: the person and their primary position and grade on a date. */
public record PersonSummary(long id, String staffCode, String fullName, LocalDate birthDate, String sex,
                            StaffCategory category, Long unitId, String unitName, String positionTitle,
                            UnitRole unitRole, String gradeCode) {
}
