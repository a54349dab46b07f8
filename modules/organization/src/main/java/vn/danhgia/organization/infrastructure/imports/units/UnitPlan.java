package vn.danhgia.organization.infrastructure.imports.units;

import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.RowOutcome;

/**
 * The planned changes of a units file.
 *
 * @param changes  every unit of the file and every descendant whose path changes, parents before
 *                 children (the order of the writes); empty when the file has problems
 * @param errors   the problems found against the stored units and between rows
 * @param outcomes what happens to each file row, by row number
 */
public record UnitPlan(List<UnitChange> changes, List<ImportError> errors, Map<Integer, RowOutcome> outcomes) {

    public UnitPlan {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        outcomes = Map.copyOf(outcomes);
    }

    public int count(UnitChange.Type type) {
        return (int) changes.stream().filter(c -> c.type() == type).count();
    }
}
