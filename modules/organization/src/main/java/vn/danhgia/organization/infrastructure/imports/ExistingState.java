package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.danhgia.organization.api.UnitRole;

/**
 * What is stored that an import compares against: the people of the file's staff codes (with
 * their current primary membership and grade), every unit with its validity, and the grade
 * catalogue. Loaded once per import (a handful of queries, never one per row).
 *
 * @param people by {@link PersonRow#key staff code key}
 * @param units  by upper-case unit code
 * @param grades the grade catalogue by upper-case code, in catalogue order
 */
public record ExistingState(Map<String, ExistingPerson> people, Map<String, UnitPeriod> units,
                            Map<String, String> grades) {

    public ExistingPerson person(String codeKey) {
        return people.get(codeKey);
    }

    public UnitPeriod unit(String code) {
        return code == null ? null : units.get(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The catalogue spelling of a grade code, or null when unknown. */
    public String grade(String code) {
        return code == null ? null : grades.get(code.strip().toUpperCase(Locale.ROOT));
    }

    public List<String> gradeCodes() {
        return List.copyOf(grades.values());
    }

    /** A stored person. */
    public record ExistingPerson(long id, String staffCode, PersonFields fields, long version,
                                 CurrentMembership membership, CurrentGrade grade) {
    }

    /** A unit and its validity period: valid from {@code validFrom} until the day before {@code validTo}. */
    public record UnitPeriod(long id, String code, LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /** The open primary membership (no end date). */
    public record CurrentMembership(long id, long unitId, String unitCode, String positionTitle, UnitRole role,
                                    LocalDate validFrom) {
    }

    /** The open grade appointment (no end date), the latest by appointment date. */
    public record CurrentGrade(long id, String code, LocalDate appointedOn) {
    }
}
