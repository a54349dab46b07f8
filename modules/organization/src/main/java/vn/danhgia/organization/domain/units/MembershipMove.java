package vn.danhgia.organization.domain.units;

import vn.danhgia.organization.api.UnitRole;

/**
 * What happens to one membership when its unit closes at a date (RULES.md ORG-9).
 *
 * @param source     the membership in the closed unit
 * @param closeOld   true: close the old membership at the date and open a new one in the new unit;
 *                   false: the membership starts on the date itself, so it is simply moved to the new unit
 *                   (closing it would leave an empty period)
 * @param role       the role in the new unit
 * @param leader     the leader flag in the new unit
 */
public record MembershipMove(MembershipSnapshot source, boolean closeOld, UnitRole role, boolean leader) {
}
