package vn.danhgia.organization.domain.units;

import java.time.LocalDate;
import vn.danhgia.organization.api.Block;

/** A unit row as read for a change (RULES.md ORG-1): its validity and the version the user saw. */
public record UnitSnapshot(long id, String code, String name, Block block, Long parentId, LocalDate validFrom,
                           LocalDate validTo, long version) {

    /** Valid on the date: {@code validFrom <= date < validTo}. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
