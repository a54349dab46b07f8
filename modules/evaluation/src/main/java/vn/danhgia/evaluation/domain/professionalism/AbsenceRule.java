package vn.danhgia.evaluation.domain.professionalism;

import java.util.Set;

/**
 * PRO-8: a person absent for one of {@code kinds} for at least {@code minWorkingDays} working days in
 * the quarter is not evaluated. The caller counts the working days (ORG-7 calendar) over these kinds.
 */
public record AbsenceRule(Set<String> kinds, int minWorkingDays) {

    public AbsenceRule {
        kinds = Set.copyOf(kinds);
        if (minWorkingDays < 1) {
            throw new IllegalArgumentException("absence.minWorkingDays must be ≥ 1");
        }
    }

    /** True when that many working days of absence exclude the person from the quarter's evaluation. */
    public boolean notEvaluated(int absenceWorkingDays) {
        return absenceWorkingDays >= minWorkingDays;
    }
}
