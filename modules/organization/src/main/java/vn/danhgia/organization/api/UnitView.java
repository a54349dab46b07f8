package vn.danhgia.organization.api;

import java.time.LocalDate;

/**
 * A unit as other modules and screens see it. {@code focalUnitId}/{@code focalUnitName}: the body the unit sends its
 * summary to (RULES.md PRO-11 step 3), or null when none is set.
 */
public record UnitView(long id, String code, String name, String unitType, UnitKind kind, Block block,
                       Long parentId, String parentName, LocalDate validFrom, LocalDate validTo,
                       Long focalUnitId, String focalUnitName) {
}
