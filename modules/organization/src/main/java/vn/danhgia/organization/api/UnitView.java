package vn.danhgia.organization.api;

import java.time.LocalDate;

/** A unit as other modules and screens see it. */
public record UnitView(long id, String code, String name, String unitType, UnitKind kind, Block block,
                       Long parentId, String parentName, LocalDate validFrom, LocalDate validTo) {
}
