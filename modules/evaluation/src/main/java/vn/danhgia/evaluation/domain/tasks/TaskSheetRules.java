package vn.danhgia.evaluation.domain.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.platform.rules.Finding;

/**
 * The rules of task sheets (RULES.md MON-3): the period of a person, whether a task was assigned in time, the counts
 * of a unit head's quarter and who may assign, self-assess and conclude. Every number comes from the
 * {@link Mon3RulePack}; no Jakarta imports.
 */
public final class TaskSheetRules {

    public static final String RULE = "MON-3";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The person's self-assessment of progress. */
    public enum Progress { ON_TIME, LATE }

    /** The person's self-assessment of quality. */
    public enum Quality { GOOD, FAIR, POOR }

    /** The person's self-assessment of the result. */
    public enum Result { DONE, NOT_DONE }

    /** What the counts need of a task. */
    public record TaskFacts(boolean proposal, Progress progress, Result result, boolean redone) {
    }

    /** The quarter counts of a unit head (also shown for monthly sheets): MON-3. */
    public record Counts(int assigned, int completed, int late, int redone, int proposals) {
    }

    private TaskSheetRules() {
    }

    /** The sheet period of a person with the given unit role that contains the month. */
    public static TaskPeriod periodOf(String unitRole, int year, int month, Mon3RulePack pack) {
        return TaskPeriod.containing(pack.periodOf(unitRole), year, month);
    }

    /** The last day a task of the period can be assigned in time: day {@code assignBeforeDay} of its first month. */
    public static LocalDate assignDeadline(TaskPeriod period, Mon3RulePack pack) {
        return period.firstMonth().atDay(pack.assignBeforeDay());
    }

    /**
     * MON-3: a task is assigned in writing by day {@code assignBeforeDay} of the period's first month; later it is
     * still accepted but marked late-assigned (failed finding). A task added during the period (extra task) is never
     * late. A date outside the period is not a finding but a refusal ({@link #assignmentProblem}).
     */
    public static Finding assignment(LocalDate assignedOn, boolean addedLater, TaskPeriod period, Mon3RulePack pack) {
        LocalDate deadline = assignDeadline(period, pack);
        Map<String, String> facts = Map.of("assignedOn", assignedOn.toString(), "deadline", deadline.toString(),
                "addedLater", String.valueOf(addedLater), "rulePack", pack.ref().toString());
        if (addedLater) {
            return new Finding(RULE, true, "MON-3: nhiệm vụ bổ sung trong kỳ, giao ngày " + DAY.format(assignedOn)
                    + " (không áp dụng hạn giao ngày " + DAY.format(deadline) + ")", facts);
        }
        boolean inTime = !assignedOn.isAfter(deadline);
        return new Finding(RULE, inTime, "MON-3: giao ngày " + DAY.format(assignedOn) + (inTime ? ", trong hạn "
                : ", sau hạn ") + DAY.format(deadline) + " (giao trước ngày " + pack.assignBeforeDay() + " của "
                + period.label() + ")" + (inTime ? "" : " — vẫn nhận, ghi là giao muộn"), facts);
    }

    /** Why a task cannot be assigned with these dates; empty when it can. */
    public static Optional<String> assignmentProblem(LocalDate assignedOn, LocalDate dueDate, TaskPeriod period) {
        if (assignedOn == null) {
            return Optional.of("Thiếu ngày giao nhiệm vụ.");
        }
        if (assignedOn.isAfter(period.lastDay())) {
            return Optional.of("Ngày giao " + DAY.format(assignedOn) + " sau kỳ " + period.label() + ".");
        }
        if (assignedOn.isBefore(period.firstDay().minusMonths(1))) {
            return Optional.of("Ngày giao " + DAY.format(assignedOn) + " quá sớm so với kỳ " + period.label() + ".");
        }
        if (dueDate != null && dueDate.isBefore(assignedOn)) {
            return Optional.of("Hạn hoàn thành " + DAY.format(dueDate) + " trước ngày giao " + DAY.format(assignedOn) + ".");
        }
        return Optional.empty();
    }

    /**
     * MON-3 counts: assigned = tasks other than the person's proposals; completed = result DONE; late = progress
     * LATE; redone = tasks marked redone; proposals = the person's proposals.
     */
    public static Counts counts(Collection<TaskFacts> tasks) {
        int assigned = 0;
        int completed = 0;
        int late = 0;
        int redone = 0;
        int proposals = 0;
        for (TaskFacts t : tasks) {
            if (t.proposal()) {
                proposals++;
            } else {
                assigned++;
            }
            if (t.result() == Result.DONE) {
                completed++;
            }
            if (t.progress() == Progress.LATE) {
                late++;
            }
            if (t.redone()) {
                redone++;
            }
        }
        return new Counts(assigned, completed, late, redone, proposals);
    }

    /** Only the person self-assesses their tasks (not even an administrator in their place). */
    public static boolean canSelfAssess(Long viewerPersonId, long sheetPersonId) {
        return viewerPersonId != null && viewerPersonId == sheetPersonId;
    }

    /**
     * The authority concludes: an administrator, or an evaluator who is the sheet's authority; when the authority is a
     * collective body (no person), its HR officer records the conclusion.
     */
    public static boolean canConclude(boolean admin, boolean evaluator, boolean hrOfficer, Long viewerPersonId,
                                      Long authorityPersonId) {
        if (admin) {
            return true;
        }
        if (authorityPersonId == null) {
            return hrOfficer;
        }
        return evaluator && authorityPersonId.equals(viewerPersonId);
    }

    /** Tasks are assigned by the authority, an HR officer or an administrator. */
    public static boolean canAssign(boolean admin, boolean evaluator, boolean hrOfficer, Long viewerPersonId,
                                    Long authorityPersonId) {
        return admin || hrOfficer || canConclude(false, evaluator, false, viewerPersonId, authorityPersonId);
    }

    /** Nothing of a concluded sheet changes; the conclusion itself is corrected only by a new revision. */
    public static Optional<String> changeProblem(boolean concluded, TaskPeriod period) {
        return concluded ? Optional.of("Phiếu giao nhiệm vụ " + period.label() + " đã có kết luận; không sửa được "
                + "nhiệm vụ hay tự đánh giá.") : Optional.empty();
    }

    /** The enum constant of a code, or empty (codes are case-insensitive). */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
