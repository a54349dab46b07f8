package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.HT;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.HTT;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.HTXS;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.KHT;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.failed;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.finding;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

class Pro5GeneralConditionsTest {

    @Test
    @DisplayName("PRO-5: every month HTT or better with one HTXS month passes, and says so")
    void monthsPass() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").rule();
        assertTrue(finding(ruling, "PRO-5: cả 3 tháng xếp loại từ HTT trở lên (HTXS, HTT, HTT)").passed());
        assertTrue(finding(ruling, "PRO-5: có 1 tháng HTXS (cần ít nhất 1)").passed());
        finding(ruling, "PRO-5: không trong thời gian thi hành kỷ luật đảng, chính quyền");
        finding(ruling, "PRO-5: không đang được thanh tra, kiểm tra");
        finding(ruling, "PRO-5: không có sai phạm theo kết luận thanh tra, kiểm tra");
    }

    @Test
    @DisplayName("PRO-5: a quarter with no HTXS month is not professional, even with perfect scores")
    void noHtxsMonth() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").allScores("10").months(HTT, HTT, HTT).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: không có tháng nào HTXS"), failed(ruling));
        assertEquals("0", ruling.failed().get(0).facts().get("months"));
    }

    @Test
    @DisplayName("PRO-5: one KHT month fails with the month named (tháng 8 of quarter 3)")
    void oneKhtMonth() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").months(HTXS, KHT, HTXS).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: tháng 8 xếp loại KHT (cần từ HTT trở lên)"), failed(ruling));
        Finding f = ruling.failed().get(0);
        assertEquals("tháng 8", f.facts().get("month"));
        assertEquals("KHT", f.facts().get("level"));
        assertTrue(finding(ruling, "PRO-5: có 2 tháng HTXS (cần ít nhất 1)").passed());
    }

    @Test
    @DisplayName("PRO-5: an HT month fails (\"tháng 8 xếp loại HT (cần từ HTT trở lên)\")")
    void oneHtMonth() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").months(HTXS, HT, HTT).rule();
        assertEquals(List.of("PRO-5: tháng 8 xếp loại HT (cần từ HTT trở lên)"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-5: a missing month is a failed finding, never a guess")
    void missingMonth() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").months(HTXS, HTT).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: tháng 9 chưa có xếp loại hằng tháng"), failed(ruling));

        Ruling<ProOutcome> gap = Sheet.passing("04").months(HTXS, null, HTT).rule();
        assertEquals(List.of("PRO-5: tháng 8 chưa có xếp loại hằng tháng"), failed(gap));
    }

    @Test
    @DisplayName("PRO-5: without the quarter, months are named by position")
    void monthsByPosition() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").quarter(null).months(HTXS, HT, HTT).rule();
        assertEquals(List.of("PRO-5: tháng thứ 2 của quý xếp loại HT (cần từ HTT trở lên)"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-5: more monthly ratings than months in a quarter fail")
    void tooManyMonths() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").months(HTXS, HTT, HTT, HTT).rule();
        assertEquals(List.of("PRO-5: có 4 xếp loại tháng, một quý chỉ có 3 tháng"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-5: serving a disciplinary measure is not professional; the measure is named")
    void disciplineInForce() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").allScores("10").months(HTXS, HTXS, HTXS)
                .discipline(true, "Khiển trách, từ 01/06/2023 đến 31/05/2024").rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: đang trong thời gian thi hành kỷ luật (Khiển trách, từ 01/06/2023 đến 31/05/2024)"),
                failed(ruling));
        assertEquals("true", ruling.failed().get(0).facts().get("disciplineInForce"));
    }

    @Test
    @DisplayName("PRO-5: under inspection is not professional")
    void underInspection() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").underInspection(true).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: đang được thanh tra, kiểm tra"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-5: a violation found by an inspection conclusion is not professional")
    void violationFoundByInspection() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").violationFound(true).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-5: có sai phạm theo kết luận thanh tra, kiểm tra"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-5: unknown discipline or inspection facts are failed findings \"chưa có thông tin\"")
    void unknownPersonalFacts() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").discipline(null, null).underInspection(null)
                .violationFound(null).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        List<String> failed = failed(ruling);
        assertEquals(3, failed.size());
        assertTrue(failed.stream().allMatch(m -> m.startsWith("PRO-5: chưa có thông tin")), failed.toString());
    }

    @Test
    @DisplayName("PRO-5: every failing condition is reported, not only the first")
    void everyFailureReported() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").months(HT, HT, HT).discipline(true, null)
                .underInspection(true).violationFound(true).rule();
        List<String> failed = failed(ruling);
        assertEquals(7, failed.size(), failed.toString());
        assertFalse(ruling.allPassed());
    }
}
