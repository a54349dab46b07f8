package vn.danhgia.evaluation.api.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's task sheet of a period (RULES.md MON-3). {@code id} and {@code version} are null while no task was
 * assigned (the sheet is created with the first task).
 *
 * @param periodKind     MONTH or QUARTER (unit heads)
 * @param assignDeadline the last day tasks are assigned in time
 * @param conclusions    every revision, the current first; empty until concluded
 * @param canAssign      the viewer may add tasks (not once concluded)
 * @param canSelfAssess  the viewer is the person and the sheet is not concluded
 * @param canConclude    the viewer is the authority (or an administrator)
 */
public record TaskSheetView(Long id, long personId, String fullName, String periodKind, int year, int period,
                            String periodLabel, LocalDate assignDeadline, Long authorityPersonId, String authorityName,
                            String rulePack, Long version, List<TaskView> tasks, TaskCounts counts,
                            List<ConclusionView> conclusions, boolean canAssign, boolean canSelfAssess,
                            boolean canConclude) {

    public TaskSheetView {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
    }

    public boolean concluded() {
        return !conclusions.isEmpty();
    }
}
