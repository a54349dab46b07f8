package vn.danhgia.evaluation.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON form of the preview (REST {@code POST /api/v1/evaluation/preview}), read and written with
 * JSON-P so that every mistake gets a precise Vietnamese message and the output keeps its field order.
 *
 * <pre>
 * request  {"form":"04","scores":[{"criterion":1,"score":10},…],"quarter":3,
 *           "monthlyRatings":["HTXS","HTT","HTT"],"disciplineInForce":false,"disciplineDescription":null,
 *           "underInspection":false,"violationFoundByInspection":false,
 *           "unitCondition":{"nobodyKht":true,"nobodyWithViolation":true},"absenceWorkingDays":0}
 * response {"outcome":"PROFESSIONAL","rulePack":"PRO v1",
 *           "findings":[{"ruleId":"PRO-8","passed":true,"message":"…","facts":{…}},…]}
 * </pre>
 *
 * Unknown fields are rejected (a misspelt field must not silently become an unknown fact); scores are
 * JSON numbers with a decimal point ({@code 9.5}).
 */
public final class PreviewJson {

    static final Set<String> REQUEST_FIELDS = Set.of("form", "scores", "quarter", "monthlyRatings",
            "disciplineInForce", "disciplineDescription", "underInspection", "violationFoundByInspection",
            "unitCondition", "absenceWorkingDays");
    private static final Set<String> SCORE_FIELDS = Set.of("criterion", "score", "mandatory");
    private static final Set<String> UNIT_FIELDS = Set.of("nobodyKht", "nobodyWithViolation");

    /** Looked up once: {@code Json.createX} would search the service loader at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private PreviewJson() {
    }

    /** @throws PreviewRejectedException (code INVALID_JSON, UNKNOWN_FIELD or INVALID_FIELD) with a Vietnamese message */
    public static PreviewRequest readRequest(String body) {
        if (body == null || body.isBlank()) {
            throw invalidJson("Nội dung yêu cầu trống; cần một đối tượng JSON.");
        }
        JsonValue value;
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) { // Parsson throws here instead; either way: one value only
                throw invalidJson("Nội dung yêu cầu có phần thừa sau đối tượng JSON.");
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw invalidJson("Nội dung yêu cầu không phải JSON hợp lệ"
                    + (at == null ? "" : " (lỗi ở dòng " + at.getLineNumber() + ", cột " + at.getColumnNumber() + ")")
                    + ".");
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw invalidJson("Nội dung yêu cầu không phải JSON hợp lệ.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalidJson("Nội dung yêu cầu phải là một đối tượng JSON {…}.");
        }
        JsonObject o = value.asJsonObject();
        checkFields(o, REQUEST_FIELDS, "");
        return new PreviewRequest(string(o, "form", ""), scores(o), integer(o, "quarter", ""),
                strings(o, "monthlyRatings"), bool(o, "disciplineInForce", ""), string(o, "disciplineDescription", ""),
                bool(o, "underInspection", ""), bool(o, "violationFoundByInspection", ""), unit(o),
                integer(o, "absenceWorkingDays", ""));
    }

    /** The result as JSON: outcome, rulePack, findings (facts sorted by key). */
    public static JsonObject toJson(PreviewResult result) {
        JsonArrayBuilder findings = JSON.createArrayBuilder();
        for (PreviewFinding f : result.findings()) {
            JsonObjectBuilder facts = JSON.createObjectBuilder();
            new TreeMap<>(f.facts()).forEach(facts::add);
            findings.add(JSON.createObjectBuilder().add("ruleId", f.ruleId()).add("passed", f.passed())
                    .add("message", f.message()).add("facts", facts));
        }
        return JSON.createObjectBuilder().add("outcome", result.outcome().name()).add("rulePack", result.rulePack())
                .add("findings", findings).build();
    }

    public static String write(PreviewResult result) {
        return toJson(result).toString();
    }

    // --- reading ----------------------------------------------------------------------------------------

    private static List<PreviewScore> scores(JsonObject o) {
        JsonValue v = o.get("scores");
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalidField("scores", "phải là một mảng [{\"criterion\": 1, \"score\": 10}, …]");
        }
        JsonArray array = v.asJsonArray();
        List<PreviewScore> scores = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = "scores[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalidField(at, "phải là một đối tượng {\"criterion\": …, \"score\": …}");
            }
            JsonObject s = item.asJsonObject();
            checkFields(s, SCORE_FIELDS, at);
            Integer criterion = integer(s, "criterion", at);
            if (criterion == null) {
                throw invalidField(at + ".criterion", "thiếu số thứ tự tiêu chí");
            }
            scores.add(new PreviewScore(criterion, decimal(s, "score", at), bool(s, "mandatory", at)));
        }
        return scores;
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalidField(key, "phải là một mảng, ví dụ [\"HTXS\", \"HTT\", \"HTT\"]");
        }
        List<String> values = new ArrayList<>();
        JsonArray array = v.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (isNull(item)) {
                values.add(null);
            } else if (item.getValueType() == JsonValue.ValueType.STRING) {
                values.add(((JsonString) item).getString());
            } else {
                throw invalidField(key + "[" + i + "]", "phải là chuỗi HTXS, HTT, HT, KHT hoặc null");
            }
        }
        return values;
    }

    private static PreviewUnitCondition unit(JsonObject o) {
        JsonValue v = o.get("unitCondition");
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalidField("unitCondition", "phải là một đối tượng {\"nobodyKht\": …, \"nobodyWithViolation\": …}");
        }
        JsonObject u = v.asJsonObject();
        checkFields(u, UNIT_FIELDS, "unitCondition");
        return new PreviewUnitCondition(bool(u, "nobodyKht", "unitCondition"),
                bool(u, "nobodyWithViolation", "unitCondition"));
    }

    private static void checkFields(JsonObject o, Set<String> allowed, String at) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw new PreviewRejectedException("UNKNOWN_FIELD", "Trường \"" + path(at, key)
                        + "\" không được hỗ trợ; các trường: " + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        }
    }

    private static String string(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw invalidField(path(at, key), "phải là chuỗi");
        }
        return ((JsonString) v).getString();
    }

    private static Integer integer(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) v).isIntegral()) {
            try {
                return ((JsonNumber) v).intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the error
            }
        }
        throw invalidField(path(at, key), "phải là số nguyên");
    }

    private static BigDecimal decimal(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw invalidField(path(at, key), "phải là số (dùng dấu chấm thập phân, ví dụ 9.5)");
        }
        return ((JsonNumber) v).bigDecimalValue();
    }

    private static Boolean bool(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (isNull(v)) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw invalidField(path(at, key), "phải là true, false hoặc null");
    }

    private static boolean isNull(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static PreviewRejectedException invalidJson(String message) {
        return new PreviewRejectedException("INVALID_JSON", message);
    }

    private static PreviewRejectedException invalidField(String field, String what) {
        return new PreviewRejectedException("INVALID_FIELD", "Trường \"" + field + "\" " + what + ".");
    }
}
