package vn.danhgia.organization.domain.authority;

import java.util.Objects;
import vn.danhgia.organization.api.UnitKind;

/**
 * A unit as the authority rules see it on one date.
 *
 * @param headcount the number of people (CBCCVC and LĐHĐ) in the unit on that date; compared with the
 *                  rule pack's {@code largeUnitThreshold} (PRO-3, PRO-9 line 6)
 * @param parentId  the parent unit on that date, or {@code null} at the root
 */
public record UnitRef(long id, String name, UnitKind kind, int headcount, Long parentId) {

    public UnitRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount < 0: " + headcount);
        }
    }
}
