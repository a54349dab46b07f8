package vn.danhgia.organization.infrastructure.authority;

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
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.domain.authority.AuthorityRole;
import vn.danhgia.organization.domain.authority.AuthorityRow;
import vn.danhgia.organization.domain.authority.AuthorityTable;
import vn.danhgia.organization.domain.authority.EvaluationKind;
import vn.danhgia.organization.domain.authority.HolderSpec;
import vn.danhgia.organization.domain.authority.MatchCondition;
import vn.danhgia.organization.domain.authority.RoleSpec;

/**
 * Reads the authority table rule pack (ORG-11, PRO-9; RP-1) from JSON (JSON-P) into the pure
 * {@link AuthorityTable}. The same text is what is published as the rule pack's {@code content_json}.
 * Unknown keys are rejected (a typo must not silently drop a condition); keys starting with {@code _}
 * are comments. Every error names its place, e.g. {@code rows[5].when[1].unitKinds}.
 */
public final class AuthorityTableLoader {

    /** The default table shipped with the module ([LB §3.1], [GD IV], [HN c §VII]). */
    public static final String DEFAULT_RESOURCE = "/vn/danhgia/organization/rulepacks/authority-pro9.json";

    private static final Set<String> TABLE_KEYS = Set.of("code", "version", "title", "legalBasis", "effectiveFrom",
            "effectiveTo", "parameters", "rows");
    private static final Set<String> PARAMETER_KEYS = Set.of("largeUnitThreshold");
    private static final Set<String> ROW_KEYS = Set.of("id", "kind", "ruleId", "ref", "source", "description",
            "status", "note", "when", "holders");
    private static final Set<String> WHEN_KEYS = Set.of("label", "unitKinds", "unitRoles", "categories",
            "districtStandingMember", "standingCommitteeManaged", "unitSize", "status", "note");
    private static final Set<String> ROLE_KEYS = Set.of("holder", "ref", "note");

    private AuthorityTableLoader() {
    }

    /** The default table from the classpath. */
    public static AuthorityTable defaultTable() {
        return fromClasspath(DEFAULT_RESOURCE);
    }

    public static AuthorityTable fromClasspath(String resource) {
        InputStream in = AuthorityTableLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("authority table not found on the classpath: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromJson(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuthorityTable fromJson(String json) {
        return fromJson(new StringReader(json));
    }

    /**
     * @throws IllegalArgumentException when the JSON is malformed or a value is missing or unknown
     */
    public static AuthorityTable fromJson(Reader json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(json)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("authority table: malformed JSON: " + e.getMessage(), e);
        }
        checkKeys(root, TABLE_KEYS, "");
        JsonObject parameters = object(root, "parameters", "");
        checkKeys(parameters, PARAMETER_KEYS, "parameters");
        JsonArray rowsJson = array(root, "rows", "");
        List<AuthorityRow> rows = new ArrayList<>();
        for (int i = 0; i < rowsJson.size(); i++) {
            rows.add(row(asObject(rowsJson.get(i), "rows[" + i + "]"), "rows[" + i + "]"));
        }
        try {
            return new AuthorityTable(string(root, "code", ""), integer(root, "version", ""),
                    string(root, "title", ""), string(root, "legalBasis", ""), date(root, "effectiveFrom", "", true),
                    date(root, "effectiveTo", "", false), integer(parameters, "largeUnitThreshold", "parameters"), rows);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("authority table: " + e.getMessage(), e);
        }
    }

    private static AuthorityRow row(JsonObject o, String at) {
        checkKeys(o, ROW_KEYS, at);
        JsonArray whenJson = array(o, "when", at);
        List<MatchCondition> when = new ArrayList<>();
        for (int i = 0; i < whenJson.size(); i++) {
            String w = at + ".when[" + i + "]";
            when.add(condition(asObject(whenJson.get(i), w), w));
        }
        JsonObject holdersJson = object(o, "holders", at);
        Map<AuthorityRole, RoleSpec> holders = new EnumMap<>(AuthorityRole.class);
        for (Map.Entry<String, JsonValue> e : holdersJson.entrySet()) {
            String h = at + ".holders." + e.getKey();
            if (e.getKey().startsWith("_")) {
                continue;
            }
            AuthorityRole role = enumValue(AuthorityRole.class, e.getKey(), h);
            holders.put(role, roleSpec(e.getValue(), h));
        }
        try {
            return new AuthorityRow(string(o, "id", at), enumValue(EvaluationKind.class, string(o, "kind", at), at + ".kind"),
                    string(o, "ruleId", at), string(o, "ref", at), string(o, "source", at),
                    string(o, "description", at), when, holders, open(o, at), optionalString(o, "note", at));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static MatchCondition condition(JsonObject o, String at) {
        checkKeys(o, WHEN_KEYS, at);
        String size = optionalString(o, "unitSize", at);
        try {
            return new MatchCondition(string(o, "label", at),
                    enumSet(o, "unitKinds", UnitKind.class, at),
                    enumSet(o, "unitRoles", UnitRole.class, at),
                    enumSet(o, "categories", StaffCategory.class, at),
                    optionalBoolean(o, "districtStandingMember", at),
                    optionalBoolean(o, "standingCommitteeManaged", at),
                    size == null ? null : enumValue(MatchCondition.UnitSize.class, size, at + ".unitSize"),
                    open(o, at), optionalString(o, "note", at));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static RoleSpec roleSpec(JsonValue value, String at) {
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return RoleSpec.of(holderSpec(((JsonString) value).getString(), at));
        }
        JsonObject o = asObject(value, at);
        checkKeys(o, ROLE_KEYS, at);
        return new RoleSpec(holderSpec(string(o, "holder", at), at + ".holder"), optionalString(o, "ref", at),
                optionalString(o, "note", at));
    }

    private static HolderSpec holderSpec(String spec, String at) {
        try {
            return HolderSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    /** {@code "status": "TEXT"} (default) or {@code "OPEN"}. */
    private static boolean open(JsonObject o, String at) {
        String status = optionalString(o, "status", at);
        if (status == null || status.equals("TEXT")) {
            return false;
        }
        if (status.equals("OPEN")) {
            return true;
        }
        throw new IllegalArgumentException(at + ".status: expected TEXT or OPEN, got '" + status + "'");
    }

    // --- JSON helpers -----------------------------------------------------------------------------------

    private static void checkKeys(JsonObject o, Set<String> allowed, String at) {
        for (String key : o.keySet()) {
            if (!key.startsWith("_") && !allowed.contains(key)) {
                throw new IllegalArgumentException(path(at, key) + ": unknown key (allowed: " + allowed + ")");
            }
        }
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static JsonObject asObject(JsonValue v, String at) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(at + ": expected an object");
        }
        return v.asJsonObject();
    }

    private static JsonValue required(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException(path(at, key) + ": required");
        }
        return v;
    }

    private static JsonObject object(JsonObject o, String key, String at) {
        return asObject(required(o, key, at), path(at, key));
    }

    private static JsonArray array(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(path(at, key) + ": expected an array");
        }
        return v.asJsonArray();
    }

    private static String string(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException(path(at, key) + ": expected a string");
        }
        return ((JsonString) v).getString();
    }

    private static String optionalString(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : string(o, key, at);
    }

    private static int integer(JsonObject o, String key, String at) {
        JsonValue v = required(o, key, at);
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new IllegalArgumentException(path(at, key) + ": expected an integer");
        }
        return ((JsonNumber) v).intValueExact();
    }

    private static Boolean optionalBoolean(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (v.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(path(at, key) + ": expected true or false");
    }

    private static LocalDate date(JsonObject o, String key, String at, boolean required) {
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

    private static <E extends Enum<E>> Set<E> enumSet(JsonObject o, String key, Class<E> type, String at) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        JsonArray a = array(o, key, at);
        if (a.isEmpty()) {
            throw new IllegalArgumentException(path(at, key) + ": empty list (leave the key out to mean 'any')");
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (int i = 0; i < a.size(); i++) {
            JsonValue item = a.get(i);
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException(path(at, key) + "[" + i + "]: expected a string");
            }
            set.add(enumValue(type, ((JsonString) item).getString(), path(at, key) + "[" + i + "]"));
        }
        return set;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String at) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }
}
