package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.platform.rules.Finding;

/** The findings of a ruling as stored in {@code eva_ruling.findings_json} (RULES.md RP-2). */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static String write(List<Finding> findings) {
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

    public static List<Finding> read(String json) {
        List<Finding> findings = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                Map<String, String> facts = new LinkedHashMap<>();
                o.getJsonObject("facts").forEach((k, v) -> facts.put(k, ((jakarta.json.JsonString) v).getString()));
                findings.add(new Finding(o.getString("rule"), o.getBoolean("passed"), o.getString("message"), facts));
            }
        }
        return findings;
    }

    /** The line shown in lists: the first failed finding, else nothing (all passed). */
    public static String summary(List<Finding> findings) {
        return findings.stream().filter(f -> !f.passed()).map(Finding::message).findFirst()
                .map(m -> m.length() > 500 ? m.substring(0, 497) + "…" : m).orElse(null);
    }
}
