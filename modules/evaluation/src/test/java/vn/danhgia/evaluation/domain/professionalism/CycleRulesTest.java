package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CycleRulesTest {

    @Test
    @DisplayName("PRO-2: the evaluation is quarterly — quarters 1..4 only")
    void quarterly() {
        assertTrue(CycleRules.quarterProblem(2023, 3).isEmpty());
        assertTrue(CycleRules.quarterProblem(2023, 5).orElseThrow().startsWith("PRO-2:"));
        assertTrue(CycleRules.quarterProblem(2023, 0).isPresent());
    }

    @Test
    @DisplayName("PRO-11: a self-assessment on 25/9 is on time, on 26/9 at 00:01 late (accepted and marked)")
    void lateAfterTheDeadlineDay() {
        LocalDate due = LocalDate.of(2023, 9, 25);
        assertFalse(CycleRules.late(LocalDateTime.of(2023, 9, 25, 23, 59), due));
        assertTrue(CycleRules.late(LocalDateTime.of(2023, 9, 26, 0, 1), due));
    }

    @Test
    @DisplayName("PRO-12: only a person ruled professional is proposed for reward; not evaluated or not yet ruled are not")
    void rewardable() {
        assertTrue(CycleRules.rewardable("PROFESSIONAL"));
        assertFalse(CycleRules.rewardable("NOT_PROFESSIONAL"));
        assertFalse(CycleRules.rewardable("NOT_EVALUATED"));
        assertFalse(CycleRules.rewardable(null));
    }
}
