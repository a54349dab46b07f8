package vn.danhgia.organization.domain.units;

import java.time.LocalDate;
import vn.danhgia.organization.api.UnitRole;

/** A dated membership (RULES.md ORG-5, ORG-9) of a unit being closed. */
public record MembershipSnapshot(long id, long personId, long unitId, String positionTitle, UnitRole role,
                                 boolean leader, String kind, LocalDate validFrom, LocalDate validTo, long version) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
