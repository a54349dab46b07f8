package vn.danhgia.evaluation.infrastructure.quarter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.platform.rules.Finding;

class FindingsJsonTest {

    @Test
    @DisplayName("RP-2: the streamed findings JSON is the text the builder tree printed, and reads back the same")
    void sameTextAsTheBuilderTree() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("score", "7,5");
        facts.put("criterion", "9");
        facts.put("quote", "\"trích\" \\ dòng\nmới\ttab \u0001");
        List<Finding> findings = List.of(
                new Finding("PRO-8", true, "PRO-8: nghỉ 0 ngày làm việc < 15 — được đánh giá", Map.of()),
                new Finding("PRO-7", false, "PRO-7: tiêu chí 9 đạt 7,5 < 8", facts),
                new Finding("PRO-5", true, "PRO-5: cả 3 tháng xếp loại từ HTT trở lên (HTXS, HTT, HTT)",
                        Map.of("levels", "HTXS, HTT, HTT", "minimumLevel", "HTT")));
        String streamed = FindingsJson.write(findings);
        assertEquals(builderTree(findings), streamed);
        assertEquals("[]", FindingsJson.write(List.of()));
        List<Finding> read = FindingsJson.read(streamed);
        assertEquals(3, read.size());
        assertEquals("\"trích\" \\ dòng\nmới\ttab \u0001", read.get(1).facts().get("quote"));
    }

    /** The former implementation: a builder tree printed with toString. */
    private static String builderTree(List<Finding> findings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Finding f : findings) {
            JsonObjectBuilder facts = Json.createObjectBuilder();
            f.facts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> facts.add(e.getKey(), e.getValue() == null ? "" : e.getValue()));
            array.add(Json.createObjectBuilder().add("rule", f.ruleId()).add("passed", f.passed())
                    .add("message", f.message()).add("facts", facts));
        }
        return array.build().toString();
    }
}
