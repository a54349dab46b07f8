package vn.danhgia.organization.api.people;

import java.time.LocalDate;
import vn.danhgia.organization.api.StaffCategory;

/**
 * A correction of a person's own fields (RULES.md ORG-2, ORG-3, ORG-10), made against the version
 * the editor saw (optimistic locking), with the reason written to the history.
 */
public record PersonEdit(long id, long version, String fullName, LocalDate birthDate, String sex, String ethnicity,
                         boolean minorityArea, StaffCategory category, boolean standingCommitteeManaged,
                         String reason) {
}
