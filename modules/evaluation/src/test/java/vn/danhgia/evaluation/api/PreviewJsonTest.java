package vn.danhgia.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewJsonTest {

    private static PreviewRejectedException rejected(String body) {
        return assertThrows(PreviewRejectedException.class, () -> PreviewJson.readRequest(body));
    }

    @Test
    @DisplayName("PRO-4: the preview request is read field by field; absent facts are null (unknown)")
    void reads() {
        PreviewRequest r = PreviewJson.readRequest("""
                {"form": "03", "scores": [{"criterion": 2, "score": 9.5, "mandatory": true}, {"criterion": 1, "score": 10}],
                 "monthlyRatings": ["HTXS", null], "unitCondition": {"nobodyKht": true}, "absenceWorkingDays": 3}""");
        assertEquals("03", r.form());
        assertEquals(2, r.scores().size());
        assertEquals(new PreviewScore(2, new BigDecimal("9.5"), true), r.scores().get(0));
        assertNull(r.scores().get(1).mandatory());
        assertEquals(Arrays.asList("HTXS", null), r.monthlyRatings());
        assertEquals(new PreviewUnitCondition(true, null), r.unitCondition());
        assertNull(r.disciplineInForce());
        assertNull(r.quarter());
        assertEquals(3, r.absenceWorkingDays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"form\": \"04\",}", "[1, 2]", "\"04\"", "{} {}"})
    @DisplayName("PRO-4: a body that is not one JSON object is rejected as INVALID_JSON with a Vietnamese message")
    void notJson(String body) {
        PreviewRejectedException e = rejected(body);
        assertEquals("INVALID_JSON", e.getCode());
        assertTrue(e.getMessage().startsWith("Nội dung yêu cầu"), e.getMessage());
    }

    @Test
    @DisplayName("PRO-4: a misspelt field is rejected, not silently read as an unknown fact")
    void unknownField() {
        PreviewRejectedException e = rejected("{\"form\": \"04\", \"disciplineInforce\": false}");
        assertEquals("UNKNOWN_FIELD", e.getCode());
        assertTrue(e.getMessage().startsWith("Trường \"disciplineInforce\" không được hỗ trợ"), e.getMessage());
        assertEquals("UNKNOWN_FIELD", rejected("{\"scores\": [{\"criterion\": 1, \"points\": 10}]}").getCode());
    }

    @Test
    @DisplayName("PRO-4: a score given as text (\"9,5\") is rejected: scores are JSON numbers")
    void scoreAsText() {
        PreviewRejectedException e = rejected("{\"form\": \"04\", \"scores\": [{\"criterion\": 1, \"score\": \"9,5\"}]}");
        assertEquals("INVALID_FIELD", e.getCode());
        assertEquals("Trường \"scores[0].score\" phải là số (dùng dấu chấm thập phân, ví dụ 9.5).", e.getMessage());
    }

    @Test
    @DisplayName("PRO-4: wrong types are rejected with the field named")
    void wrongTypes() {
        assertEquals("Trường \"scores[0].criterion\" phải là số nguyên.",
                rejected("{\"scores\": [{\"criterion\": 1.5, \"score\": 10}]}").getMessage());
        assertEquals("Trường \"scores[0].criterion\" thiếu số thứ tự tiêu chí.",
                rejected("{\"scores\": [{\"score\": 10}]}").getMessage());
        assertEquals("Trường \"form\" phải là chuỗi.", rejected("{\"form\": 4}").getMessage());
        assertEquals("Trường \"underInspection\" phải là true, false hoặc null.",
                rejected("{\"underInspection\": \"no\"}").getMessage());
        assertEquals("Trường \"absenceWorkingDays\" phải là số nguyên.",
                rejected("{\"absenceWorkingDays\": 99999999999}").getMessage());
        assertEquals("INVALID_FIELD", rejected("{\"monthlyRatings\": \"HTXS\"}").getCode());
        assertEquals("INVALID_FIELD", rejected("{\"monthlyRatings\": [1]}").getCode());
        assertEquals("INVALID_FIELD", rejected("{\"unitCondition\": true}").getCode());
    }
}
