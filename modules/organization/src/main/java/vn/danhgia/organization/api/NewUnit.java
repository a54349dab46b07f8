package vn.danhgia.organization.api;

import java.time.LocalDate;

/** What is needed to create a unit (RULES.md ORG-1). */
public record NewUnit(String code, String name, String unitType, UnitKind kind, Block block, String parentCode,
                      LocalDate validFrom) {
}
