package vn.danhgia.organization.infrastructure.imports;

import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.RowOutcome;

/**
 * The changes an import would make, row by row, and the problems found against the stored data.
 * Only a plan without problems (also none from reading the rows) is ever written.
 *
 * @param changes  one change per row without problems, in file order
 * @param errors   problems found by the planner (unknown units and grades, missing values for new
 *                 people, dates conflicting with the stored history)
 * @param outcomes row number → what happens with the row (ERROR for rows with any problem)
 */
public record ImportPlan(List<PersonChange> changes, List<ImportError> errors, Map<Integer, RowOutcome> outcomes) {

    public long count(Class<? extends PersonChange> kind) {
        return changes.stream().filter(kind::isInstance).count();
    }

    public List<PersonChange.Create> creates() {
        return changes.stream().filter(PersonChange.Create.class::isInstance).map(PersonChange.Create.class::cast).toList();
    }

    public List<PersonChange.Update> updates() {
        return changes.stream().filter(PersonChange.Update.class::isInstance).map(PersonChange.Update.class::cast).toList();
    }
}
