package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import java.util.Map;
import vn.danhgia.organization.api.UnitRole;

/** What the import does with one valid row. */
public sealed interface PersonChange permits PersonChange.Create, PersonChange.Update, PersonChange.Unchanged {

    PersonRow row();

    /** A membership to open. */
    record NewMembership(long unitId, String unitCode, String positionTitle, UnitRole role, LocalDate validFrom) {
    }

    /**
     * A grade change: with {@code correctId}, the current appointment's date is corrected to
     * {@code appointedOn}; otherwise the appointment {@code closeId} (if any) ends on
     * {@code appointedOn} and a new one for {@code code} starts that day.
     */
    record GradeChange(Long closeId, Long correctId, String code, LocalDate appointedOn) {
    }

    /** A new staff code: the person, a primary membership and (if given) a grade appointment. */
    record Create(PersonRow row, PersonFields fields, NewMembership membership, GradeChange grade) implements PersonChange {
    }

    /**
     * A known staff code with differences; each part is {@code null} when it does not change.
     *
     * @param closeMembershipId the open membership to end on the new one's start date
     * @param before            the changed values as stored (for the revision)
     * @param after             the same keys with the file's values
     */
    record Update(PersonRow row, ExistingState.ExistingPerson person, PersonFields fields, Long closeMembershipId,
                  NewMembership membership, GradeChange grade, Map<String, Object> before,
                  Map<String, Object> after) implements PersonChange {
    }

    /** A known staff code whose data are stored exactly as in the file. */
    record Unchanged(PersonRow row, ExistingState.ExistingPerson person) implements PersonChange {
    }
}
