package vn.danhgia.evaluation.domain.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Counts;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Progress;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Result;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.TaskFacts;
import vn.danhgia.evaluation.infrastructure.Mon3RulePackLoader;
import vn.danhgia.platform.rules.Finding;

class Mon3TaskSheetRulesTest {

    private static final Mon3RulePack PACK = Mon3RulePackLoader.defaultPack();

    @Test
    @DisplayName("MON-3: a task assigned on the 6th is accepted and flagged late-assigned; on the 5th it is in time")
    void lateAssignment() {
        TaskPeriod august = TaskSheetRules.periodOf("MEMBER", 2023, 8, PACK);
        Finding sixth = TaskSheetRules.assignment(LocalDate.of(2023, 8, 6), false, august, PACK);
        assertFalse(sixth.passed());
        assertEquals("MON-3", sixth.ruleId());
        assertTrue(sixth.message().contains("05/08/2023") && sixth.message().contains("giao muộn"), sixth.message());
        assertTrue(TaskSheetRules.assignmentProblem(LocalDate.of(2023, 8, 6), LocalDate.of(2023, 8, 30), august).isEmpty(),
                "late is accepted, not refused");
        assertTrue(TaskSheetRules.assignment(LocalDate.of(2023, 8, 5), false, august, PACK).passed());
        assertTrue(TaskSheetRules.assignment(LocalDate.of(2023, 7, 28), false, august, PACK).passed());
    }

    @Test
    @DisplayName("MON-3: an extra task added during the period is never late-assigned")
    void addedLater() {
        TaskPeriod august = TaskSheetRules.periodOf("MEMBER", 2023, 8, PACK);
        assertTrue(TaskSheetRules.assignment(LocalDate.of(2023, 8, 20), true, august, PACK).passed());
    }

    @Test
    @DisplayName("MON-3: a unit head's sheet is per quarter, the deadline the 5th of its first month; others per month")
    void periods() {
        TaskPeriod head = TaskSheetRules.periodOf("HEAD", 2023, 8, PACK);
        assertEquals(new TaskPeriod(PeriodKind.QUARTER, 2023, 3), head);
        assertEquals(LocalDate.of(2023, 7, 5), TaskSheetRules.assignDeadline(head, PACK));
        assertEquals(LocalDate.of(2023, 9, 30), head.lastDay());
        assertFalse(TaskSheetRules.assignment(LocalDate.of(2023, 8, 1), false, head, PACK).passed(),
                "August 1st is after 5 July for the quarter");
        assertEquals(new TaskPeriod(PeriodKind.MONTH, 2023, 8), TaskSheetRules.periodOf("DEPUTY", 2023, 8, PACK));
        assertEquals(PeriodKind.MONTH, TaskSheetRules.periodOf(null, 2023, 8, PACK).kind());
    }

    @Test
    @DisplayName("MON-3: a head's quarter counts: assigned, completed, late, redone, proposals")
    void headQuarterCounts() {
        Counts counts = TaskSheetRules.counts(List.of(
                new TaskFacts(false, Progress.ON_TIME, Result.DONE, false),
                new TaskFacts(false, Progress.LATE, Result.DONE, true),
                new TaskFacts(false, Progress.LATE, Result.NOT_DONE, false),
                new TaskFacts(true, Progress.ON_TIME, Result.DONE, false),
                new TaskFacts(false, null, null, false)));
        assertEquals(new Counts(4, 3, 2, 1, 1), counts);
    }

    @Test
    @DisplayName("MON-3: only the person self-assesses, not even an administrator in their place")
    void selfAssessmentOnlyByThePerson() {
        assertTrue(TaskSheetRules.canSelfAssess(7L, 7));
        assertFalse(TaskSheetRules.canSelfAssess(8L, 7));
        assertFalse(TaskSheetRules.canSelfAssess(null, 7));
    }

    @Test
    @DisplayName("MON-3: only the authority (an evaluator who is the sheet's authority) or an administrator concludes")
    void conclusionOnlyByTheAuthority() {
        assertTrue(TaskSheetRules.canConclude(true, false, false, null, 5L), "administrator");
        assertTrue(TaskSheetRules.canConclude(false, true, false, 5L, 5L), "the authority");
        assertFalse(TaskSheetRules.canConclude(false, true, false, 6L, 5L), "another evaluator");
        assertFalse(TaskSheetRules.canConclude(false, false, false, 5L, 5L), "without the evaluator role");
        assertFalse(TaskSheetRules.canConclude(false, false, true, 9L, 5L), "an HR officer for a person authority");
        assertTrue(TaskSheetRules.canConclude(false, false, true, 9L, null), "an HR officer records a collective's");
        assertFalse(TaskSheetRules.canConclude(false, false, false, 7L, null), "the person");
    }

    @Test
    @DisplayName("MON-3: a concluded sheet refuses changes; dates outside the period are refused")
    void changesAfterConclusion() {
        TaskPeriod august = TaskSheetRules.periodOf("MEMBER", 2023, 8, PACK);
        assertTrue(TaskSheetRules.changeProblem(true, august).orElseThrow().contains("đã có kết luận"));
        assertTrue(TaskSheetRules.changeProblem(false, august).isEmpty());
        assertTrue(TaskSheetRules.assignmentProblem(LocalDate.of(2023, 9, 2), null, august).isPresent());
        assertTrue(TaskSheetRules.assignmentProblem(LocalDate.of(2023, 8, 3), LocalDate.of(2023, 8, 1), august).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new TaskPeriod(PeriodKind.QUARTER, 2023, 5));
    }
}
