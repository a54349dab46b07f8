package vn.danhgia.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.api.PreviewFinding;
import vn.danhgia.evaluation.api.PreviewRejectedException;
import vn.danhgia.evaluation.api.PreviewRequest;
import vn.danhgia.evaluation.api.PreviewResult;
import vn.danhgia.evaluation.api.PreviewScore;
import vn.danhgia.evaluation.api.PreviewUnitCondition;
import vn.danhgia.evaluation.api.ProfessionalismOutcome;
import vn.danhgia.evaluation.domain.professionalism.Criterion;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;

class ProfessionalismPreviewServiceTest {

    private final ProfessionalismPreviewService service = new ProfessionalismPreviewService();

    /** The weakest passing scores of a form, optionally with a mandatory flag sent for each. */
    private static List<PreviewScore> passing(String formCode, boolean sendFlags) {
        FormDefinition form = DefaultRulePacks.pro().form(formCode).orElseThrow();
        List<PreviewScore> scores = new ArrayList<>();
        for (Criterion c : form.criteriaSet().criteria()) {
            scores.add(new PreviewScore(c.number(), c.mandatory() ? BigDecimal.TEN : new BigDecimal("8"),
                    sendFlags ? c.mandatory() : null));
        }
        return scores;
    }

    private static PreviewRequest request(String form, List<PreviewScore> scores, List<String> months,
                                          PreviewUnitCondition unit, Integer absence) {
        return new PreviewRequest(form, scores, 3, months, false, null, false, false, unit, absence);
    }

    private PreviewRejectedException rejected(PreviewRequest request) {
        return assertThrows(PreviewRejectedException.class, () -> service.preview(request));
    }

    @Test
    @DisplayName("PRO-6: form 03 at 420 with the unit condition met previews PROFESSIONAL with rule pack PRO v1")
    void form03() {
        PreviewResult result = service.preview(request("03", passing("03", false), List.of("HTXS", "HTT", "HTT"),
                new PreviewUnitCondition(true, true), null));
        assertEquals(ProfessionalismOutcome.PROFESSIONAL, result.outcome());
        assertEquals("PRO v1", result.rulePack());
        assertTrue(result.findings().stream().allMatch(PreviewFinding::passed));
    }

    @Test
    @DisplayName("PRO-6: form 03 without the unit condition previews NOT_PROFESSIONAL with \"chưa có thông tin\"")
    void form03UnknownUnit() {
        PreviewResult result = service.preview(request("03", passing("03", false), List.of("HTXS", "HTT", "HTT"),
                null, 0));
        assertEquals(ProfessionalismOutcome.NOT_PROFESSIONAL, result.outcome());
        assertEquals(2, result.findings().stream().filter(f -> !f.passed())
                .filter(f -> f.message().startsWith("PRO-6: chưa có thông tin")).count());
    }

    @Test
    @DisplayName("PRO-4: an invalid score is an answer (INVALID_INPUT with findings), not an error")
    void invalidScore() {
        List<PreviewScore> scores = passing("04", false);
        scores.set(11, new PreviewScore(12, new BigDecimal("7.3"), null));
        PreviewResult result = service.preview(request("04", scores, List.of("HTXS", "HTT", "HTT"), null, 0));
        assertEquals(ProfessionalismOutcome.INVALID_INPUT, result.outcome());
        assertEquals(List.of("PRO-4: tiêu chí 12: điểm 7,3 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5"),
                result.findings().stream().filter(f -> !f.passed()).map(PreviewFinding::message).toList());
    }

    @Test
    @DisplayName("PRO-8: 15 working days of absence previews NOT_EVALUATED")
    void notEvaluated() {
        PreviewResult result = service.preview(request("05", passing("05", false), List.of(), null, 15));
        assertEquals(ProfessionalismOutcome.NOT_EVALUATED, result.outcome());
        assertEquals(1, result.findings().size());
    }

    @Test
    @DisplayName("PRO-13: the pack decides which criteria are mandatory; a disagreeing flag is reported and ignored")
    void mandatoryMismatch() {
        List<PreviewScore> scores = passing("04", true);
        PreviewScore first = scores.get(0); // criterion 1 is mandatory in the pack
        scores.set(0, new PreviewScore(1, first.score(), false));
        PreviewResult result = service.preview(request("04", scores, List.of("HTXS", "HTT", "HTT"), null, 0));
        assertEquals(ProfessionalismOutcome.PROFESSIONAL, result.outcome(), "the pack's flag is used");
        PreviewFinding mismatch = result.findings().get(0);
        assertEquals("PRO-13", mismatch.ruleId());
        assertFalse(mismatch.passed());
        assertEquals("PRO-13: tiêu chí 1 được gửi là không bắt buộc, bộ tiêu chí PRO v1 của mẫu 04 quy định bắt buộc"
                + " — dùng theo bộ tiêu chí", mismatch.message());
        assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals("PRO-13")).count());
    }

    @Test
    @DisplayName("PRO-3: an unknown or missing form is rejected (400)")
    void unknownForm() {
        PreviewRejectedException e = rejected(request("06", passing("04", false), List.of(), null, 0));
        assertEquals("UNKNOWN_FORM", e.getCode());
        assertEquals("Mẫu phiếu \"06\" không có trong bộ quy tắc PRO v1; các mẫu: 03, 04, 05.", e.getMessage());
        assertEquals("FORM_REQUIRED", rejected(request(null, passing("04", false), List.of(), null, 0)).getCode());
    }

    @Test
    @DisplayName("PRO-4: the wrong number of scores is rejected (400): 30 scores sent for form 03")
    void wrongCount() {
        PreviewRejectedException e = rejected(request("03", passing("04", false), List.of(), null, 0));
        assertEquals("SCORE_COUNT", e.getCode());
        assertEquals("Mẫu 03 có 45 tiêu chí; yêu cầu gửi 30 điểm.", e.getMessage());
        assertEquals("SCORES_REQUIRED", rejected(request("04", null, List.of(), null, 0)).getCode());
    }

    @Test
    @DisplayName("PRO-4: repeated or out-of-range criterion numbers are rejected (400)")
    void numbering() {
        List<PreviewScore> repeated = passing("04", false);
        repeated.set(29, new PreviewScore(1, BigDecimal.TEN, null));
        assertEquals("Tiêu chí 1 được gửi nhiều lần.", rejected(request("04", repeated, List.of(), null, 0)).getMessage());
        List<PreviewScore> outOfRange = passing("04", false);
        outOfRange.set(29, new PreviewScore(31, BigDecimal.TEN, null));
        assertEquals("Mẫu 04 không có tiêu chí 31; số tiêu chí từ 1 đến 30.",
                rejected(request("04", outOfRange, List.of(), null, 0)).getMessage());
    }

    @Test
    @DisplayName("PRO-5: unknown monthly ratings, more than 3 months, a bad quarter or a negative absence are rejected (400)")
    void otherRejections() {
        assertEquals("Xếp loại tháng \"TOT\" không hợp lệ; các giá trị: HTXS, HTT, HT, KHT.",
                rejected(request("04", passing("04", false), List.of("HTXS", "TOT"), null, 0)).getMessage());
        assertEquals("MONTHLY_RATINGS",
                rejected(request("04", passing("04", false), List.of("HTXS", "HTT", "HTT", "HTT"), null, 0)).getCode());
        assertEquals("INVALID_ABSENCE", rejected(request("04", passing("04", false), List.of(), null, -1)).getCode());
        assertEquals("INVALID_QUARTER", rejected(new PreviewRequest("04", passing("04", false), 5, List.of(), false,
                null, false, false, null, 0)).getCode());
    }
}
