package vn.danhgia.evaluation.infrastructure;

import static vn.danhgia.evaluation.infrastructure.PackJson.array;
import static vn.danhgia.evaluation.infrastructure.PackJson.asObject;
import static vn.danhgia.evaluation.infrastructure.PackJson.build;
import static vn.danhgia.evaluation.infrastructure.PackJson.checkKeys;
import static vn.danhgia.evaluation.infrastructure.PackJson.date;
import static vn.danhgia.evaluation.infrastructure.PackJson.decimal;
import static vn.danhgia.evaluation.infrastructure.PackJson.enumValue;
import static vn.danhgia.evaluation.infrastructure.PackJson.integer;
import static vn.danhgia.evaluation.infrastructure.PackJson.object;
import static vn.danhgia.evaluation.infrastructure.PackJson.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.danhgia.evaluation.domain.monthly.LevelBand;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;

/**
 * Reads the MON rule pack (RULES.md MON-1, MON-2, RP-1) from JSON (JSON-P) into the pure
 * {@link MonRulePack}. Strict like {@link ProRulePackLoader}.
 */
public final class MonRulePackLoader {

    /** The default pack shipped with the module (Hanoi 3814-QĐ/TU framework, 100 points). */
    public static final String DEFAULT_RESOURCE = "/vn/danhgia/evaluation/rulepacks/mon-hanoi-3814.json";

    private static final Set<String> ROOT = Set.of("code", "version", "title", "legalBasis", "effectiveFrom",
            "effectiveTo", "scale", "bands", "conductDeduction", "htxsQuota");
    private static final Set<String> SCALE = Set.of("min", "max", "components");
    private static final Set<String> COMPONENT = Set.of("name", "maxPoints");
    private static final Set<String> BAND = Set.of("level", "minScore");
    private static final Set<String> DEDUCTION = Set.of("pointsPerViolation", "maxPerMonth");
    private static final Set<String> QUOTA = Set.of("sharePercent", "outstandingUnitSharePercent", "rounding");

    private MonRulePackLoader() {
    }

    public static MonRulePack defaultPack() {
        return fromClasspath(DEFAULT_RESOURCE);
    }

    public static MonRulePack fromClasspath(String resource) {
        return PackJson.fromClasspath(resource, MonRulePackLoader::fromJson);
    }

    public static MonRulePack fromJson(String json) {
        return fromJson(new StringReader(json));
    }

    /** @throws IllegalArgumentException when the JSON is malformed, or a value is missing, unknown or inconsistent */
    public static MonRulePack fromJson(Reader json) {
        try {
            return parse(PackJson.read(json, "MON rule pack"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MON rule pack: " + e.getMessage(), e);
        }
    }

    private static MonRulePack parse(JsonObject root) {
        checkKeys(root, ROOT, false, "");
        JsonObject scale = object(root, "scale", "");
        checkKeys(scale, SCALE, true, "scale");
        if (scale.containsKey("components")) {
            JsonArray components = array(scale, "components", "scale");
            for (int i = 0; i < components.size(); i++) {
                String at = "scale.components[" + i + "]";
                JsonObject c = asObject(components.get(i), at);
                checkKeys(c, COMPONENT, false, at);
                string(c, "name", at);
                decimal(c, "maxPoints", at);
            }
        }
        JsonArray bandsJson = array(root, "bands", "");
        List<LevelBand> bands = new ArrayList<>();
        for (int i = 0; i < bandsJson.size(); i++) {
            String at = "bands[" + i + "]";
            JsonObject b = asObject(bandsJson.get(i), at);
            checkKeys(b, BAND, false, at);
            bands.add(new LevelBand(enumValue(MonthlyLevel.class, string(b, "level", at), at + ".level"),
                    decimal(b, "minScore", at)));
        }
        JsonObject deduction = object(root, "conductDeduction", "");
        checkKeys(deduction, DEDUCTION, true, "conductDeduction");
        JsonObject quota = object(root, "htxsQuota", "");
        checkKeys(quota, QUOTA, true, "htxsQuota");
        String rounding = string(quota, "rounding", "htxsQuota");
        if (!rounding.equals("FLOOR")) {
            throw new IllegalArgumentException("htxsQuota.rounding: only FLOOR is implemented, got '" + rounding + "'");
        }
        return build("", () -> new MonRulePack(string(root, "code", ""), integer(root, "version", ""),
                string(root, "title", ""), string(root, "legalBasis", ""), date(root, "effectiveFrom", "", true),
                date(root, "effectiveTo", "", false), decimal(scale, "min", "scale"), decimal(scale, "max", "scale"),
                bands, decimal(deduction, "pointsPerViolation", "conductDeduction"),
                decimal(deduction, "maxPerMonth", "conductDeduction"), integer(quota, "sharePercent", "htxsQuota"),
                integer(quota, "outstandingUnitSharePercent", "htxsQuota")));
    }
}
