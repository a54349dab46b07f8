package vn.danhgia.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.application.ProfessionalismPreviewService;

class PreviewExamplesTest {

    private final ProfessionalismPreviewService service = new ProfessionalismPreviewService();

    private void check(String request, String response) {
        JsonObject actual = PreviewJson.toJson(service.preview(PreviewJson.readRequest(request)));
        assertEquals(parse(response), actual);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    @DisplayName("PRO-7: the documented professional example (form 04, 289 points) is what the rules answer")
    void professional() {
        check(PreviewExamples.PROFESSIONAL_REQUEST, PreviewExamples.PROFESSIONAL_RESPONSE);
    }

    @Test
    @DisplayName("PRO-5/PRO-7: the documented not-professional example (7.5 on criterion 14, no HTXS month) is what the rules answer")
    void notProfessional() {
        check(PreviewExamples.NOT_PROFESSIONAL_REQUEST, PreviewExamples.NOT_PROFESSIONAL_RESPONSE);
    }

    @Test
    @DisplayName("PRO-4: the documented invalid-input example (10.5 and 7.3) is what the rules answer")
    void invalidInput() {
        check(PreviewExamples.INVALID_INPUT_REQUEST, PreviewExamples.INVALID_INPUT_RESPONSE);
    }

    @Test
    @DisplayName("PRO-4: the documented 400 example is the real rejection of 29 scores")
    void badRequest() {
        String request = PreviewExamples.PROFESSIONAL_REQUEST.replace(", {\"criterion\": 30, \"score\": 10}", "");
        PreviewRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(PreviewRejectedException.class,
                () -> service.preview(PreviewJson.readRequest(request)));
        JsonObject documented = parse(PreviewExamples.BAD_REQUEST_RESPONSE);
        assertEquals(documented.getString("code"), e.getCode());
        assertEquals(documented.getString("message"), e.getMessage());
    }
}
