package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;

/** A unit as stored in {@code org_unit}, with its parent's code instead of its id. */
public record StoredUnit(long id, String code, String name, String unitType, UnitKind kind, Block block,
                         String parentCode, String areaCode, LocalDate validFrom, LocalDate validTo, String sortPath,
                         long version) {
}
