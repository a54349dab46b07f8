package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;

/**
 * What an import does to one unit: the unit as it will be stored, and which fields change.
 *
 * @param type      what is written
 * @param row       the file row, or {@code 0} for a unit not in the file whose path follows a moved ancestor
 * @param id        the stored id, or {@code null} for a new unit
 * @param version   the stored version (optimistic lock), {@code 0} for a new unit
 * @param parentKey the parent's code key ({@link UnitRow#key}), or {@code null} for a root
 * @param changed   the names of the changed fields (empty when unchanged; every field for a new unit)
 */
public record UnitChange(Type type, int row, Long id, long version, String code, String name, String unitType,
                         UnitKind kind, Block block, String parentKey, String areaCode, LocalDate validFrom,
                         LocalDate validTo, String sortPath, List<String> changed) {

    /** What is written for a unit. */
    public enum Type {
        /** A new code: inserted. */
        CREATE,
        /** A stored code whose fields differ: updated. */
        UPDATE,
        /** A stored code identical to the file's row: nothing written. */
        UNCHANGED,
        /** Not in the file, but an ancestor moved: only {@code sort_path} is rewritten. */
        PATH
    }

    public UnitChange {
        changed = List.copyOf(changed);
    }
}
