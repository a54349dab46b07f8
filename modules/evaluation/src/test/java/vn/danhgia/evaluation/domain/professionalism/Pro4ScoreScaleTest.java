package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.evaluation.domain.monthly.MonthlyLevel.KHT;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.failed;
import static vn.danhgia.evaluation.domain.professionalism.Sheet.ruleIds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

class Pro4ScoreScaleTest {

    private static final ScoreScale SCALE = Sheet.PACK.scale();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "1.5", "8", "8.50", "9.5", "10", "10.0"})
    @DisplayName("PRO-4: scores from 1 to 10 in steps of 0.5 are valid")
    void valid(String score) {
        assertTrue(SCALE.isValid(new BigDecimal(score)));
        assertEquals(Optional.empty(), ScoreValidator.problem(3, new BigDecimal(score), SCALE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7.3", "10.5", "0.5", "0", "-1", "9.25", "11", "9.4999999999999999999"})
    @DisplayName("PRO-4: anything else is rejected (exact decimal arithmetic)")
    void invalid(String score) {
        assertFalse(SCALE.isValid(new BigDecimal(score)));
    }

    @Test
    @DisplayName("PRO-4: the message names the criterion and the scale with the decimal comma")
    void messages() {
        assertEquals("Tiêu chí 12: điểm 7,3 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5",
                ScoreValidator.problem(12, new BigDecimal("7.3"), SCALE).orElseThrow());
        assertEquals("Tiêu chí 4: điểm 10,5 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5",
                ScoreValidator.problem(4, new BigDecimal("10.5"), SCALE).orElseThrow());
        assertEquals("Tiêu chí 1: điểm 0 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5",
                ScoreValidator.problem(1, new BigDecimal("0.0"), SCALE).orElseThrow());
        assertEquals("Tiêu chí 2: chưa có điểm — điểm phải từ 1 đến 10, bước 0,5",
                ScoreValidator.problem(2, null, SCALE).orElseThrow());
    }

    @Test
    @DisplayName("PRO-4: 10.5 and 7.3 on a sheet → INVALID_INPUT with one finding each; nothing else is judged")
    void invalidSheetNothingJudged() {
        Sheet sheet = Sheet.passing("04").months(KHT, KHT, KHT).underInspection(true);
        sheet.score(4, "10.5").score(12, "7.3");

        Ruling<ProOutcome> ruling = sheet.rule();

        assertEquals(ProOutcome.INVALID_INPUT, ruling.outcome());
        assertEquals(List.of("PRO-4: tiêu chí 4: điểm 10,5 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5",
                "PRO-4: tiêu chí 12: điểm 7,3 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5"), failed(ruling));
        assertEquals(List.of("PRO-8", "PRO-4"), ruleIds(ruling), "PRO-5/PRO-7 must not be judged");
        Finding f = ruling.failed().get(1);
        assertEquals("12", f.facts().get("criterion"));
        assertEquals("7.3", f.facts().get("score"));
    }

    @Test
    @DisplayName("PRO-4: 0.5 and 0 are rejected on a sheet")
    void belowOne() {
        Ruling<ProOutcome> ruling = Sheet.passing("05").score(1, "0.5").score(2, "0").rule();
        assertEquals(ProOutcome.INVALID_INPUT, ruling.outcome());
        assertEquals(2, ruling.failed().size());
    }

    @Test
    @DisplayName("PRO-4: the number of scores must equal the form's criteria count")
    void wrongCount() {
        FormDefinition form = Sheet.PACK.form("04").orElseThrow();
        SheetFacts facts = new SheetFacts("04", SheetFacts.scoresFor(form, tens(29)), 3,
                List.of(MonthlyLevel.HTXS, MonthlyLevel.HTXS, MonthlyLevel.HTXS), false, null, false, false, null, 0);
        Ruling<ProOutcome> ruling = ProfessionalismRules.rule(facts, Sheet.PACK);
        assertEquals(ProOutcome.INVALID_INPUT, ruling.outcome());
        assertEquals(List.of("PRO-4: mẫu 04 có 30 tiêu chí, phiếu có 29 điểm", "PRO-4: tiêu chí 30 chưa có điểm"),
                failed(ruling));
    }

    @Test
    @DisplayName("PRO-4: repeated and unknown criterion numbers are rejected")
    void numbering() {
        FormDefinition form = Sheet.PACK.form("04").orElseThrow();
        List<CriterionScore> scores = new ArrayList<>(SheetFacts.scoresFor(form, tens(30)));
        scores.set(29, new CriterionScore(31, BigDecimal.TEN, false));
        scores.set(28, new CriterionScore(1, BigDecimal.TEN, true));
        List<Finding> problems = ScoreValidator.validate(scores, form, SCALE);
        List<String> messages = problems.stream().map(Finding::message).toList();
        assertTrue(messages.contains("PRO-4: tiêu chí 1 có 2 điểm"), messages.toString());
        assertTrue(messages.contains("PRO-4: mẫu 04 không có tiêu chí 31 (chỉ có tiêu chí 1 đến 30)"), messages.toString());
        assertTrue(messages.contains("PRO-4: tiêu chí 29 chưa có điểm"), messages.toString());
        assertTrue(messages.contains("PRO-4: tiêu chí 30 chưa có điểm"), messages.toString());
    }

    @Test
    @DisplayName("PRO-4/PRO-13: a mandatory flag that disagrees with the form definition makes the sheet invalid")
    void mandatoryFlagMismatch() {
        FormDefinition form = Sheet.PACK.form("04").orElseThrow();
        List<CriterionScore> scores = new ArrayList<>(SheetFacts.scoresFor(form, tens(30)));
        int other = form.criteriaSet().criteria().stream().filter(c -> !c.mandatory()).findFirst().orElseThrow().number();
        scores.set(other - 1, new CriterionScore(other, BigDecimal.TEN, true));
        List<Finding> problems = ScoreValidator.validate(scores, form, SCALE);
        assertEquals(List.of("PRO-13: tiêu chí " + other + " được ghi là bắt buộc, bộ tiêu chí của mẫu 04 quy định "
                + "không bắt buộc"), problems.stream().map(Finding::message).toList());
    }

    @Test
    @DisplayName("PRO-3/PRO-4: a form the pack does not define → INVALID_INPUT")
    void unknownForm() {
        SheetFacts facts = new SheetFacts("06", List.of(), 3, List.of(), false, null, false, false, null, 0);
        Ruling<ProOutcome> ruling = ProfessionalismRules.rule(facts, Sheet.PACK);
        assertEquals(ProOutcome.INVALID_INPUT, ruling.outcome());
        assertEquals(List.of("PRO-3: mẫu phiếu \"06\" không có trong bộ quy tắc PRO v1 (có: 03, 04, 05)"),
                failed(ruling));
    }

    private static List<BigDecimal> tens(int count) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(BigDecimal.TEN);
        }
        return values;
    }
}
