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
import vn.danhgia.platform.rules.Ruling;

class Pro6FormThreeTest {

    @Test
    @DisplayName("PRO-6: exactly 420 (30 mandatory at 10, 15 others at 8) with the unit condition met is professional")
    void exactly420() {
        Sheet sheet = Sheet.passing("03");
        assertEquals(0, new BigDecimal("420").compareTo(sheet.total()));
        Ruling<ProOutcome> ruling = sheet.rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome(), ruling.findings().toString());
        finding(ruling, "PRO-6: tổng điểm 420 trong khoảng 420–450");
        finding(ruling, "PRO-6: cả 30 tiêu chí bắt buộc đạt 10");
        finding(ruling, "PRO-6: cả 15 tiêu chí còn lại đạt từ 8 trở lên");
        finding(ruling, "PRO-6: đơn vị (bộ phận) phụ trách không có người xếp loại không hoàn thành nhiệm vụ");
        finding(ruling, "PRO-6: đơn vị (bộ phận) phụ trách không có người vi phạm phải kiểm điểm trách nhiệm "
                + "hoặc xem xét kỷ luật");
    }

    @Test
    @DisplayName("PRO-6: all 45 criteria at 10 (450) is professional")
    void exactly450() {
        Ruling<ProOutcome> ruling = Sheet.passing("03").allScores("10").rule();
        assertEquals(ProOutcome.PROFESSIONAL, ruling.outcome());
        finding(ruling, "PRO-6: tổng điểm 450 trong khoảng 420–450");
    }

    @Test
    @DisplayName("PRO-6: 419.5 (one mandatory criterion at 9.5) fails both the total and the mandatory condition")
    void below420() {
        Sheet sheet = Sheet.passing("03");
        int mandatory = sheet.criterion(true, 30);
        Ruling<ProOutcome> ruling = sheet.score(mandatory, "9.5").rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-6: tổng điểm 419,5 < 420", "PRO-6: tiêu chí bắt buộc " + mandatory + " đạt 9,5 < 10"),
                failed(ruling));
    }

    @Test
    @DisplayName("PRO-6: someone rated KHT in the unit the person leads → not professional, whatever the scores")
    void somebodyKht() {
        Ruling<ProOutcome> ruling = Sheet.passing("03").allScores("10").unit(false, true).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-6: đơn vị (bộ phận) phụ trách có người xếp loại không hoàn thành nhiệm vụ"),
                failed(ruling));
        assertEquals("false", ruling.failed().get(0).facts().get("nobodyKht"));
    }

    @Test
    @DisplayName("PRO-6: someone in the led unit with a violation requiring accountability review or discipline → not professional")
    void somebodyWithViolation() {
        Ruling<ProOutcome> ruling = Sheet.passing("03").unit(true, false).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        assertEquals(List.of("PRO-6: đơn vị (bộ phận) phụ trách có người vi phạm phải kiểm điểm trách nhiệm "
                + "hoặc xem xét kỷ luật"), failed(ruling));
    }

    @Test
    @DisplayName("PRO-6: an unknown unit condition is a failed finding \"chưa có thông tin\", never a guess")
    void unknownUnitCondition() {
        Ruling<ProOutcome> ruling = Sheet.passing("03").unit(null, null).rule();
        assertEquals(ProOutcome.NOT_PROFESSIONAL, ruling.outcome());
        List<String> failed = failed(ruling);
        assertEquals(2, failed.size(), failed.toString());
        assertTrue(failed.stream().allMatch(m -> m.startsWith("PRO-6: chưa có thông tin")), failed.toString());
        assertEquals("null", ruling.failed().get(0).facts().get("nobodyKht"));
    }

    @Test
    @DisplayName("PRO-6: the form-03 thresholds come from the pack: 45 criteria, 30 mandatory, 420–450, 10 and 8")
    void thresholdsFromPack() {
        FormDefinition form = Sheet.PACK.form("03").orElseThrow();
        assertEquals(45, form.criteriaCount());
        assertEquals(30, form.mandatoryCount());
        assertEquals(0, new BigDecimal("420").compareTo(form.totalMin()));
        assertEquals(0, new BigDecimal("450").compareTo(form.totalMax()));
        assertEquals(0, BigDecimal.TEN.compareTo(form.mandatoryScore()));
        assertEquals(0, new BigDecimal("8").compareTo(form.otherMinScore()));
        assertTrue(form.unitCondition());
        assertEquals("PRO-6", form.ruleId());
        assertFalse(Sheet.PACK.form("04").orElseThrow().unitCondition());
    }
}
