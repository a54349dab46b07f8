package vn.danhgia.evaluation.domain.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Current;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Decision;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Derived;
import vn.danhgia.platform.rules.Finding;

class MonthlyEntryRulesTest {

    private static final MonRulePack PACK = DefaultRulePacks.mon();

    private static MonthlyEntry score(String score, int violations) {
        return new MonthlyEntry(7, new BigDecimal(score), violations, null, null);
    }

    private static MonthlyEntry level(String level, int violations) {
        return new MonthlyEntry(7, null, violations, level, null);
    }

    // --- validation

    @Test
    @DisplayName("MON-2: scores 0, 49.99 and 100 with at most 2 decimals are accepted")
    void validScores() {
        assertEquals(List.of(), MonthlyEntryRules.problems(score("0", 0), PACK));
        assertEquals(List.of(), MonthlyEntryRules.problems(score("49.99", 0), PACK));
        assertEquals(List.of(), MonthlyEntryRules.problems(score("100.000", 0), PACK));
    }

    @Test
    @DisplayName("MON-2: a score outside 0–100 is refused with a Vietnamese message")
    void outOfScale() {
        assertEquals(List.of("Điểm 100,5 không hợp lệ — điểm phải từ 0 đến 100."),
                MonthlyEntryRules.problems(score("100.5", 0), PACK));
        assertEquals(List.of("Điểm -1 không hợp lệ — điểm phải từ 0 đến 100."),
                MonthlyEntryRules.problems(score("-1", 0), PACK));
    }

    @Test
    @DisplayName("MON-2: a score with 3 decimals is refused")
    void tooManyDecimals() {
        assertEquals(List.of("Điểm 92,125 có quá 2 chữ số thập phân."),
                MonthlyEntryRules.problems(score("92.125", 0), PACK));
    }

    @Test
    @DisplayName("MON-2: negative violations are refused; null violations count as 0")
    void violations() {
        assertEquals(List.of("Số lần vi phạm phải từ 0 trở lên; nhận được -1."),
                MonthlyEntryRules.problems(score("80", -1), PACK));
        assertEquals(List.of(), MonthlyEntryRules.problems(new MonthlyEntry(7, new BigDecimal("80"), null, null, null), PACK));
    }

    @Test
    @DisplayName("MON-1: exactly one of score and level; an unknown level is refused")
    void scoreOrLevel() {
        assertEquals(List.of("Chưa nhập điểm hoặc xếp loại."),
                MonthlyEntryRules.problems(new MonthlyEntry(7, null, 0, " ", null), PACK));
        assertEquals(List.of("Chỉ nhập một trong hai: điểm hoặc xếp loại trực tiếp."),
                MonthlyEntryRules.problems(new MonthlyEntry(7, new BigDecimal("80"), 0, "HTT", null), PACK));
        assertEquals(List.of("Xếp loại \"TOT\" không hợp lệ; các giá trị: HTXS, HTT, HT, KHT."),
                MonthlyEntryRules.problems(level("TOT", 0), PACK));
        assertEquals(List.of(), MonthlyEntryRules.problems(level("htt", 0), PACK));
    }

    @Test
    @DisplayName("MON-1: several problems of one entry are all reported")
    void severalProblems() {
        assertEquals(3, MonthlyEntryRules.problems(new MonthlyEntry(0, null, -2, null, null), PACK).size());
    }

    @Test
    @DisplayName("RP-1: a month before the pack's effective date, or month 13, cannot be rated")
    void period() {
        assertTrue(MonthlyEntryRules.periodProblem(2023, 1, PACK).isEmpty());
        assertEquals("Bộ quy tắc MON v1 có hiệu lực từ 01/01/2023; không áp dụng cho tháng 12/2022.",
                MonthlyEntryRules.periodProblem(2022, 12, PACK).orElseThrow());
        assertEquals("Tháng phải từ 1 đến 12; nhận được 13.", MonthlyEntryRules.periodProblem(2023, 13, PACK).orElseThrow());
    }

    // --- derivation and explanation

    @Test
    @DisplayName("MON-2: 92 − 2 × 3 violations = 86 → HTT, explained")
    void deduction() {
        Derived d = MonthlyEntryRules.derive(score("92", 3), PACK);
        assertEquals(MonthlyLevel.HTT, d.level());
        assertEquals(new BigDecimal("92.00"), d.score());
        assertFalse(d.enteredDirectly());
        assertEquals("MON v1", d.rulePack());
        assertEquals("MON-2: 92 − 2 × 3 vi phạm = 86 → HTT", d.explanation());
    }

    @Test
    @DisplayName("MON-2: no violation: 90 → HTXS; 89.5 → HTT (decimal comma)")
    void noViolation() {
        assertEquals("MON-2: 90, không vi phạm → HTXS", MonthlyEntryRules.derive(score("90", 0), PACK).explanation());
        Derived d = MonthlyEntryRules.derive(score("89.5", 0), PACK);
        assertEquals(MonthlyLevel.HTT, d.level());
        assertEquals("MON-2: 89,5, không vi phạm → HTT", d.explanation());
    }

    @Test
    @DisplayName("MON-2: at most 10 points a month: 80 with 6 violations → 70 → HTT")
    void capped() {
        Derived d = MonthlyEntryRules.derive(score("80", 6), PACK);
        assertEquals(MonthlyLevel.HTT, d.level());
        assertEquals("MON-2: 80 − 10 (2 × 6 vi phạm = 12, trừ tối đa 10/tháng) = 70 → HTT", d.explanation());
    }

    @Test
    @DisplayName("MON-2: the score never drops below the scale minimum: 4 − 2 × 3 = 0 → KHT")
    void floor() {
        assertEquals("MON-2: 4 − 2 × 3 vi phạm = 0 (không dưới 0) → KHT",
                MonthlyEntryRules.derive(score("4", 3), PACK).explanation());
    }

    @Test
    @DisplayName("MON-2: a level entered directly is stored without a score; violations are recorded")
    void direct() {
        Derived d = MonthlyEntryRules.derive(level(" ht ", 2), PACK);
        assertEquals(MonthlyLevel.HT, d.level());
        assertNull(d.score());
        assertTrue(d.enteredDirectly());
        assertEquals(2, d.violations());
        assertEquals("MON-1: xếp loại nhập trực tiếp HT (Hoàn thành nhiệm vụ); 2 vi phạm quy tắc ứng xử được ghi "
                + "nhận (MON-2 chỉ trừ điểm khi có điểm)", d.explanation());
    }

    @Test
    @DisplayName("MON-2: deriving an invalid entry fails")
    void deriveInvalid() {
        assertThrows(IllegalArgumentException.class, () -> MonthlyEntryRules.derive(score("101", 0), PACK));
    }

    // --- revision decision (PUB-2)

    @Test
    @DisplayName("PUB-2: no current rating → NEW")
    void decideNew() {
        assertEquals(Decision.NEW, MonthlyEntryRules.decide(null, MonthlyEntryRules.derive(score("80", 0), PACK)));
    }

    @Test
    @DisplayName("PUB-2: the same score (80 = 80.00), violations and level → UNCHANGED, nothing written")
    void decideUnchanged() {
        Current now = new Current(2, new BigDecimal("80"), 1, MonthlyLevel.HTT, false);
        assertEquals(Decision.UNCHANGED, MonthlyEntryRules.decide(now, MonthlyEntryRules.derive(score("80.00", 1), PACK)));
        Current direct = new Current(1, null, 0, MonthlyLevel.HT, true);
        assertEquals(Decision.UNCHANGED, MonthlyEntryRules.decide(direct, MonthlyEntryRules.derive(level("HT", 0), PACK)));
    }

    @Test
    @DisplayName("PUB-2: another score, violation count, or switching to a direct level → CORRECTION (new revision)")
    void decideCorrection() {
        Current now = new Current(1, new BigDecimal("80"), 1, MonthlyLevel.HTT, false);
        assertEquals(Decision.CORRECTION, MonthlyEntryRules.decide(now, MonthlyEntryRules.derive(score("80.5", 1), PACK)));
        assertEquals(Decision.CORRECTION, MonthlyEntryRules.decide(now, MonthlyEntryRules.derive(score("80", 2), PACK)));
        assertEquals(Decision.CORRECTION, MonthlyEntryRules.decide(now, MonthlyEntryRules.derive(level("HTT", 1), PACK)));
    }

    // --- HTXS share (warning)

    @Test
    @DisplayName("MON-2: 4 HTXS of 10 exceeds the 30 % share (max 3) — a failed finding, reported as a warning")
    void htxsShare() {
        List<MonthlyLevel> levels = List.of(MonthlyLevel.HTXS, MonthlyLevel.HTXS, MonthlyLevel.HTXS, MonthlyLevel.HTXS,
                MonthlyLevel.HTT, MonthlyLevel.HTT, MonthlyLevel.HTT, MonthlyLevel.HT, MonthlyLevel.HT, MonthlyLevel.KHT);
        Finding f = MonthlyEntryRules.htxsShare(levels, PACK).orElseThrow();
        assertFalse(f.passed());
        assertEquals("MON-2", f.ruleId());
        assertTrue(MonthlyEntryRules.htxsShare(levels.subList(3, 10), PACK).orElseThrow().passed());
        assertTrue(MonthlyEntryRules.htxsShare(List.of(), PACK).isEmpty());
    }
}
