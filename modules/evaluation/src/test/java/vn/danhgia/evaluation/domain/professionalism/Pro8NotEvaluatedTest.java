package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.KHT;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.finding;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.messages;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

class Pro8NotEvaluatedTest {

    @Test
    @DisplayName("PRO-8: 14 working days of absence — the person is evaluated")
    void fourteenDays() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").absence(14).rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome());
        Finding f = finding(ruling, "PRO-8: nghỉ 14 ngày làm việc < 15 — được đánh giá");
        assertTrue(f.passed());
        assertEquals("14", f.facts().get("absenceWorkingDays"));
    }

    @Test
    @DisplayName("PRO-8: 15 working days of absence — not evaluated, shown with the reason, nothing else judged")
    void fifteenDays() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").absence(15).rule();
        assertEquals(ProOutcome.NOT_EVALUATED, ruling.outcome());
        assertEquals(List.of("PRO-8: nghỉ 15 ngày làm việc ≥ 15 — không đánh giá"), messages(ruling));
        Finding f = ruling.findings().get(0);
        assertEquals("PRO-8", f.ruleId());
        assertEquals("15", f.facts().get("threshold"));
        assertEquals("ANNUAL,MATERNITY,SICK,SUMMER_BREAK,UNPAID", f.facts().get("kinds"));
    }

    @Test
    @DisplayName("PRO-8: not evaluated wins over an invalid sheet and a KHT month (the person is never shown as failed)")
    void shortCircuits() {
        Sheet sheet = Sheet.passing("04").absence(40).months(KHT, KHT, KHT);
        sheet.score(1, "10.5");
        Ruling<ProOutcome> ruling = sheet.rule();
        assertEquals(ProOutcome.NOT_EVALUATED, ruling.outcome());
        assertEquals(1, ruling.findings().size());
        assertFalse(ruling.findings().stream().anyMatch(f -> !f.ruleId().equals("PRO-8")));
    }

    @Test
    @DisplayName("PRO-8: the absence kinds and the 15-day threshold are pack data")
    void kindsFromPack() {
        assertEquals(Set.of("MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK"), Sheet.PACK.absence().kinds());
        assertEquals(15, Sheet.PACK.absence().minWorkingDays());
    }
}
