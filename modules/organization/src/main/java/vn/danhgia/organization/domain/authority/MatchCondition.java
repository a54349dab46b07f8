package vn.danhgia.organization.domain.authority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;

/**
 * One way a person can match a table row ("when" alternative). All given conditions must hold; an empty
 * set or a null flag means "any".
 *
 * @param label  who this alternative is about, in Vietnamese ("Trưởng các Ban Đảng...")
 * @param open   true when the alternative is a reading of the documents, not their text (RULES.md OPEN)
 * @param note   why, or what the reading is (shown in explanations); may be null
 */
public record MatchCondition(String label, Set<UnitKind> unitKinds, Set<UnitRole> unitRoles,
                             Set<StaffCategory> categories, Boolean districtStandingMember,
                             Boolean standingCommitteeManaged, UnitSize unitSize, boolean open, String note) {

    /** The unit size condition of PRO-9 line 6, against the rule pack's {@code largeUnitThreshold}. */
    public enum UnitSize {
        /** headcount &lt; threshold. */
        SMALL,
        /** headcount ≥ threshold. */
        LARGE
    }

    public MatchCondition {
        unitKinds = unitKinds == null || unitKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unitKinds));
        unitRoles = unitRoles == null || unitRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unitRoles));
        categories = categories == null || categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a match condition needs a label");
        }
        if (unitKinds.isEmpty() && unitRoles.isEmpty() && categories.isEmpty() && districtStandingMember == null
                && standingCommitteeManaged == null && unitSize == null) {
            throw new IllegalArgumentException("match condition '" + label + "' matches everybody");
        }
    }

    public boolean matches(Evaluated person, int largeUnitThreshold) {
        if (!unitKinds.isEmpty() && !unitKinds.contains(person.unit().kind())) {
            return false;
        }
        if (!unitRoles.isEmpty() && !unitRoles.contains(person.role())) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(person.category())) {
            return false;
        }
        if (districtStandingMember != null && districtStandingMember != person.districtStandingMember()) {
            return false;
        }
        if (standingCommitteeManaged != null && standingCommitteeManaged != person.standingCommitteeManaged()) {
            return false;
        }
        if (unitSize != null) {
            boolean large = person.unit().headcount() >= largeUnitThreshold;
            return large == (unitSize == UnitSize.LARGE);
        }
        return true;
    }

    /** True when a person with this role in the unit may match (an empty role set allows every role). */
    public boolean allowsRole(UnitRole role) {
        return unitRoles.isEmpty() || unitRoles.contains(role);
    }
}
