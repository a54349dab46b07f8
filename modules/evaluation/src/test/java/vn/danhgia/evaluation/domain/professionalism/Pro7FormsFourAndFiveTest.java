package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.failed;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.finding;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

class Pro7FormsFourAndFiveTest {

    @ParameterizedTest(name = "form {0}")
    @ValueSource(strings = {"04", "05"})
    @DisplayName("PRO-7: exactly 280 (20 mandatory at 10, 10 others at 8) with every other condition met is professional")
    void exactly280(String form) {
        Sheet sheet = Sheet.passing(form);
        assertEquals(0, new BigDecimal("280").compareTo(sheet.total()));
        Ruling<ProOutcome> ruling = sheet.rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome(), ruling.findings().toString());
        assertTrue(ruling.allPassed());
        Finding total = finding(ruling, "PRO-7: tổng điểm 280 trong khoảng 280–300");
        assertEquals("280", total.facts().get("total"));
        assertEquals("PRO-7", total.ruleId());
        finding(ruling, "PRO-7: cả 20 tiêu chí bắt buộc đạt 10");
        finding(ruling, "PRO-7: cả 10 tiêu chí còn lại đạt từ 8 trở lên");
        assertEquals(Sheet.PACK.ref(), ruling.rulePack());
    }

    @Test
    @DisplayName("PRO-7: all 30 criteria at 10 (300) is professional")
    void all10() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").allScores("10").rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome());
        finding(ruling, "PRO-7: tổng điểm 300 trong khoảng 280–300");
    }

    @Test
    @DisplayName("PRO-7: 280 in total but one mandatory criterion at 9.5 is not professional, and the total finding still passes")
    void mandatoryAt9point5() {
        Sheet sheet = Sheet.passing("04");
        int mandatory = sheet.criterion(true, 3);
        int other = sheet.criterion(false, 1);
        sheet.score(mandatory, "9.5").score(other, "8.5");
        assertEquals(0, new BigDecimal("280").compareTo(sheet.total()));

        Ruling<ProOutcome> ruling = sheet.rule();

        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-7: tiêu chí bắt buộc " + mandatory + " đạt 9,5 < 10"), failed(ruling));
        assertTrue(finding(ruling, "PRO-7: tổng điểm 280 trong khoảng 280–300").passed());
        Finding item = ruling.failed().get(0);
        assertEquals(Integer.toString(mandatory), item.facts().get("criterion"));
        assertEquals("9.5", item.facts().get("score"));
        assertEquals("10", item.facts().get("required"));
    }

    @Test
    @DisplayName("PRO-7: a 7.5 on a non-mandatory criterion is not professional, even with a high total")
    void otherAt7point5() {
        Sheet sheet = Sheet.passing("05").allScores("10");
        int other = sheet.criterion(false, 2);
        sheet.score(other, "7.5");

        Ruling<ProOutcome> ruling = sheet.rule();

        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-7: tiêu chí " + other + " đạt 7,5 < 8"), failed(ruling));
        assertTrue(finding(ruling, "PRO-7: tổng điểm 297,5 trong khoảng 280–300").passed());
        assertTrue(finding(ruling, "PRO-7: cả 20 tiêu chí bắt buộc đạt 10").passed());
    }

    @Test
    @DisplayName("PRO-7: the three conditions are checked and reported separately (total, each mandatory item, each other item)")
    void allThreeReported() {
        Sheet sheet = Sheet.passing("04").allScores("8");
        int other = sheet.criterion(false, 1);
        sheet.score(other, "7");

        Ruling<ProOutcome> ruling = sheet.rule();

        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        List<String> failed = failed(ruling);
        assertTrue(failed.contains("PRO-7: tổng điểm 239 < 280"), failed.toString());
        assertEquals(20, failed.stream().filter(m -> m.startsWith("PRO-7: tiêu chí bắt buộc")).count());
        assertTrue(failed.contains("PRO-7: tiêu chí " + other + " đạt 7 < 8"), failed.toString());
        assertEquals(22, failed.size());
    }

    @Test
    @DisplayName("PRO-7: the unit condition of PRO-6 does not apply to forms 04/05 (unknown unit facts are ignored)")
    void noUnitCondition() {
        Ruling<ProOutcome> ruling = Sheet.passing("04").unit(null, null).rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome());
        assertFalse(ruling.findings().stream().anyMatch(f -> f.ruleId().equals("PRO-6")));
    }
}
