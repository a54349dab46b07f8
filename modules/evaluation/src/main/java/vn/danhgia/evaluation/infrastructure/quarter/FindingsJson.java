package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.platform.rules.Finding;

/** The findings of a ruling as stored in {@code eva_ruling.findings_json} (RULES.md RP-2). */
public final class FindingsJson {

    /**
     * Looked up once: {@code Json.createX} searches the service loader at every call, which inside Payara walks the
     * class loaders' resources — it was half the CPU time of a rulings run (about 30 builders per ruling).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private FindingsJson() {
    }

    /**
     * {@code [{"rule":…,"passed":…,"message":…,"facts":{…sorted by key…}}, …]}, streamed with a generator (the same
     * text a builder tree would print, without building the tree — a ruling has 10–50 findings).
     */
    public static String write(List<Finding> findings) {
        StringWriter out = new StringWriter(64 + findings.size() * 192);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (Finding f : findings) {
                json.writeStartObject().write("rule", f.ruleId()).write("passed", f.passed())
                        .write("message", f.message()).writeStartObject("facts");
                f.facts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> json.write(e.getKey(), e.getValue() == null ? "" : e.getValue()));
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
        }
        return out.toString();
    }

    public static List<Finding> read(String json) {
        List<Finding> findings = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
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
