package vn.danhgia.evaluation.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Strict JSON-P reading shared by the rule-pack loaders: unknown keys are rejected (a typo must not
 * silently drop a threshold), keys starting with {@code _} are comments, and every error names its
 * place, e.g. {@code forms[1].totalMin: expected a number}.
 */
final class PackJson {

    /** Annotation keys allowed in every object of a pack: the rule, the source, why, and TEXT/OPEN. */
    static final Set<String> META = Set.of("ruleId", "source", "note", "status");

    private PackJson() {
    }

    static JsonObject read(Reader json, String what) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(what + ": malformed JSON: " + e.getMessage(), e);
        }
    }

    static <T> T fromClasspath(String resource, java.util.function.Function<Reader, T> parser) {
        InputStream in = PackJson.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("rule pack not found on the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects unknown keys; {@code allowed} plus {@link #META} when {@code withMeta}. */
    static void checkKeys(JsonObject o, Set<String> allowed, boolean withMeta, String at) {
        for (String key : o.keySet()) {
            if (key.startsWith("_") || allowed.contains(key) || (withMeta && META.contains(key))) {
                continue;
            }
            Set<String> all = new HashSet<>(allowed);
            if (withMeta) {
                all.addAll(META);
            }
            throw new IllegalArgumentException(path(at, key) + ": unknown key (allowed: " + all + ")");
        }
        if (withMeta) {
            String status = optionalString(o, "status", at);
            if (status != null && !status.equals("TEXT") && !status.equals("OPEN")) {
                throw new IllegalArgumentException(path(at, "status") + ": expected TEXT or OPEN, got '" + status + "'");
            }
        }
    }

    static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    static JsonObject asObject(JsonValue v, String at) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(at + ": expected an object");
        }
        return v.asJsonObject();
    }

    static JsonValue required(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException(path(at, key) + ": required");
        }
        return v;
    }

    static JsonObject object(JsonObject o, String key, String at) {
        return asObject(required(o, key, at), path(at, key));
    }

    static JsonArray array(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(path(at, key) + ": expected an array");
        }
        return v.asJsonArray();
    }

    static String string(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(path(at, key) + ": expected a string");
        }
        return ((JsonString) v).getString();
    }

    static String optionalString(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : string(o, key, at);
    }

    static String stringItem(JsonArray a, int i, String at) {
        JsonValue item = a.get(i);
        if (item.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(at + "[" + i + "]: expected a string");
        }
        return ((JsonString) item).getString();
    }

    static int integer(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new IllegalArgumentException(path(at, key) + ": expected an integer");
        }
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(path(at, key) + ": integer out of range", e);
        }
    }

    static BigDecimal decimal(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new IllegalArgumentException(path(at, key) + ": expected a number");
        }
        return ((JsonNumber) v).bigDecimalValue();
    }

    static boolean bool(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new IllegalArgumentException(path(at, key) + ": expected true or false");
    }

    static LocalDate date(JsonObject o, String key, String at, boolean required) {
        String s = required ? string(o, key, at) : optionalString(o, key, at);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path(at, key) + ": expected a date yyyy-MM-dd, got '" + s + "'", e);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String at) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }

    /** Runs a constructor, prefixing its validation message with the place in the JSON. */
    static <T> T build(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException((at.isEmpty() ? "" : at + ": ") + e.getMessage(), e);
        }
    }
}
