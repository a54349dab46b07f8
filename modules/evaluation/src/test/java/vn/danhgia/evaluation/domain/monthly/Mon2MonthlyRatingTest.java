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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.evaluation.infrastructure.MonRulePackLoader;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

class Mon2MonthlyRatingTest {

    private static final MonRulePack PACK = MonRulePackLoader.defaultPack();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, HTXS", "90, HTXS", "89.5, HTT", "70, HTT", "69.5, HT", "50, HT", "49.5, KHT", "0, KHT"})
    @DisplayName("MON-2: the level of a 100-point score from the pack bands")
    void bands(String score, MonthlyLevel level) {
        assertEquals(level, MonthlyRating.levelFor(new BigDecimal(score), PACK));
    }

    @Test
    @DisplayName("MON-2: a score outside 0–100 is rejected with a message, and gives no level")
    void bounds() {
        assertThrows(IllegalArgumentException.class, () -> MonthlyRating.levelFor(new BigDecimal("100.5"), PACK));
        assertThrows(IllegalArgumentException.class, () -> MonthlyRating.levelFor(new BigDecimal("-0.5"), PACK));
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.rate(new BigDecimal("100.5"), 0, PACK);
        assertFalse(ruling.outcome().valid());
        assertNull(ruling.outcome().level());
        assertEquals(List.of("MON-2: điểm 100,5 không hợp lệ — điểm phải từ 0 đến 100"),
                ruling.findings().stream().map(Finding::message).toList());
    }

    @ParameterizedTest(name = "{0} violations → −{1}")
    @CsvSource({"0, 0", "1, 2", "3, 6", "5, 10", "7, 10", "20, 10"})
    @DisplayName("MON-2: 2 points deducted per code-of-conduct violation, at most 10 a month")
    void deductions(int violations, String points) {
        assertEquals(0, new BigDecimal(points).compareTo(MonthlyRating.deduction(violations, PACK)));
    }

    @Test
    @DisplayName("MON-2: 3 violations = −6: 95 becomes 89, rated HTT, each step a finding")
    void threeViolations() {
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.rate(new BigDecimal("95"), 3, PACK);
        assertEquals(MonthlyLevel.HTT, ruling.outcome().level());
        assertEquals(0, new BigDecimal("6").compareTo(ruling.outcome().deduction()));
        assertEquals(0, new BigDecimal("89").compareTo(ruling.outcome().finalScore()));
        assertEquals(List.of("MON-2: 3 vi phạm quy tắc ứng xử × 2 — trừ 6 điểm",
                        "MON-2: điểm 95 − 6 = 89 → HTT (từ 70 đến dưới 90)"),
                ruling.findings().stream().map(Finding::message).toList());
        assertEquals(PACK.ref(), ruling.rulePack());
    }

    @Test
    @DisplayName("MON-2: 7 violations are capped at −10")
    void sevenViolationsCapped() {
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.rate(new BigDecimal("100"), 7, PACK);
        assertEquals(0, BigDecimal.TEN.compareTo(ruling.outcome().deduction()));
        assertEquals(MonthlyLevel.HTXS, ruling.outcome().level());
        assertEquals("MON-2: 7 vi phạm quy tắc ứng xử × 2 = 14, trừ tối đa 10 điểm/tháng",
                ruling.findings().get(0).message());
        assertEquals("MON-2: điểm 100 − 10 = 90 → HTXS (từ 90 đến 100)", ruling.findings().get(1).message());
    }

    @Test
    @DisplayName("MON-2: the score after deduction never goes below the scale minimum")
    void floorAtZero() {
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.rate(new BigDecimal("4"), 7, PACK);
        assertEquals(0, BigDecimal.ZERO.compareTo(ruling.outcome().finalScore()));
        assertEquals(MonthlyLevel.KHT, ruling.outcome().level());
        assertTrue(ruling.findings().get(1).message().endsWith("→ KHT (dưới 50)"));
    }

    @Test
    @DisplayName("MON-2: no violation, no deduction (a passed finding)")
    void noViolation() {
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.rate(new BigDecimal("49.5"), 0, PACK);
        assertEquals(MonthlyLevel.KHT, ruling.outcome().level());
        assertTrue(ruling.findings().get(0).passed());
        assertEquals("MON-2: điểm 49,5 → KHT (dưới 50)", ruling.findings().get(1).message());
    }

    @Test
    @DisplayName("MON-1: a level may be entered directly")
    void enteredDirectly() {
        Ruling<MonthlyRatingResult> ruling = MonthlyRating.entered(MonthlyLevel.HTT, PACK);
        assertEquals(MonthlyLevel.HTT, ruling.outcome().level());
        assertEquals("MON-1", ruling.findings().get(0).ruleId());
    }

    @Test
    @DisplayName("MON-2: HTXS for at most 30 % of the people rated (40 % in outstanding units), rounded down")
    void htxsQuota() {
        assertEquals(3, HtxsQuota.maxHtxs(10, false, PACK));
        assertEquals(2, HtxsQuota.maxHtxs(9, false, PACK));
        assertEquals(4, HtxsQuota.maxHtxs(10, true, PACK));
        assertTrue(HtxsQuota.check(10, 3, false, PACK).passed());
        Finding over = HtxsQuota.check(10, 4, false, PACK);
        assertFalse(over.passed());
        assertEquals("MON-2: 4/10 người xếp loại HTXS vượt tỷ lệ 30% (tối đa 3 người)", over.message());
        assertTrue(HtxsQuota.check(10, 4, true, PACK).passed());
    }

    @Test
    @DisplayName("MON-1: monthly level codes parse case-insensitively; anything else is unknown")
    void parse() {
        assertEquals(MonthlyLevel.HTXS, MonthlyLevel.parse(" htxs ").orElseThrow());
        assertTrue(MonthlyLevel.parse("XUAT_SAC").isEmpty());
        assertTrue(MonthlyLevel.HTXS.isAtLeast(MonthlyLevel.HTT));
        assertFalse(MonthlyLevel.HT.isAtLeast(MonthlyLevel.HTT));
    }
}
