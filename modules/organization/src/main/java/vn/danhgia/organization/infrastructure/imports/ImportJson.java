package vn.danhgia.organization.infrastructure.imports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.imports.ImportError;

/** JSON written by imports: the error report of {@code org_import} and the values of a person revision. */
public final class ImportJson {

    private ImportJson() {
    }

    /** {@code [{"row":5,"column":"Ngày sinh","value":"32/13/1990","message":"..."}]}. */
    public static String errors(List<ImportError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ImportError e : errors) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("row", e.row());
            addString(o, "column", e.column());
            addString(o, "value", e.value());
            addString(o, "message", e.message());
            array.add(o);
        }
        return array.build().toString();
    }

    /** A flat object of the changed values (strings, booleans or null), in the map's order. */
    public static String values(Map<String, Object> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                o.addNull(e.getKey());
            } else if (v instanceof Boolean b) {
                o.add(e.getKey(), b);
            } else if (v instanceof Number n) {
                o.add(e.getKey(), n.longValue());
            } else {
                o.add(e.getKey(), v.toString());
            }
        }
        return o.build().toString();
    }

    private static void addString(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
