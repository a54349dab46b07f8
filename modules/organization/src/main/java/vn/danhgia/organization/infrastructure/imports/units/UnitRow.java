package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;

/**
 * One data row of a units file as read; a blank cell is {@code null}.
 *
 * @param invalid the columns whose cell has a problem
 */
public record UnitRow(int row, String code, String name, String unitType, UnitKind kind, Block block,
                      String parentCode, String areaCode, LocalDate validFrom, LocalDate validTo,
                      Set<UnitColumn> invalid) {

    public UnitRow {
        invalid = Set.copyOf(invalid);
    }

    /** Codes compare case-insensitively, like the {@code org_unit.code} unique key. */
    public static String key(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public String codeKey() {
        return key(code);
    }

    public boolean isInvalid(UnitColumn column) {
        return invalid.contains(column);
    }

    public boolean hasErrors() {
        return !invalid.isEmpty();
    }
}
