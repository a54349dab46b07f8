package vn.danhgia.evaluation.infrastructure;

import static vn.danhgia.evaluation.infrastructure.PackJson.build;
import static vn.danhgia.evaluation.infrastructure.PackJson.checkKeys;
import static vn.danhgia.evaluation.infrastructure.PackJson.date;
import static vn.danhgia.evaluation.infrastructure.PackJson.enumValue;
import static vn.danhgia.evaluation.infrastructure.PackJson.integer;
import static vn.danhgia.evaluation.infrastructure.PackJson.object;
import static vn.danhgia.evaluation.infrastructure.PackJson.string;

import jakarta.json.JsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.danhgia.evaluation.domain.tasks.Mon3RulePack;
import vn.danhgia.evaluation.domain.tasks.PeriodKind;

/**
 * Reads the MON-3 task-sheet rule pack (RULES.md MON-3, RP-1) from JSON into the pure {@link Mon3RulePack}. Strict
 * like {@link MonRulePackLoader}: unknown keys, missing values and wrong types are rejected with their place.
 */
public final class Mon3RulePackLoader {

    public static final String DEFAULT_RESOURCE = "/vn/danhgia/evaluation/rulepacks/mon3-tasks.json";

    private static final Set<String> ROOT = Set.of("code", "version", "title", "legalBasis", "effectiveFrom",
            "effectiveTo", "assignment", "periods");
    private static final Set<String> ASSIGNMENT = Set.of("assignBeforeDay");

    private Mon3RulePackLoader() {
    }

    public static Mon3RulePack defaultPack() {
        return fromClasspath(DEFAULT_RESOURCE);
    }

    public static Mon3RulePack fromClasspath(String resource) {
        return PackJson.fromClasspath(resource, Mon3RulePackLoader::fromJson);
    }

    public static Mon3RulePack fromJson(String json) {
        return fromJson(new StringReader(json));
    }

    /** @throws IllegalArgumentException when the JSON is malformed, or a value is missing, unknown or inconsistent */
    public static Mon3RulePack fromJson(Reader json) {
        try {
            return parse(PackJson.read(json, "MON-3 rule pack"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MON-3 rule pack: " + e.getMessage(), e);
        }
    }

    private static Mon3RulePack parse(JsonObject root) {
        checkKeys(root, ROOT, false, "");
        JsonObject assignment = object(root, "assignment", "");
        checkKeys(assignment, ASSIGNMENT, true, "assignment");
        JsonObject periods = object(root, "periods", "");
        checkKeys(periods, Mon3RulePack.ROLES, true, "periods");
        Map<String, PeriodKind> byRole = new HashMap<>();
        for (String role : new HashSet<>(Mon3RulePack.ROLES)) {
            byRole.put(role, enumValue(PeriodKind.class, string(periods, role, "periods"), "periods." + role));
        }
        return build("", () -> new Mon3RulePack(string(root, "code", ""), integer(root, "version", ""),
                string(root, "title", ""), string(root, "legalBasis", ""), date(root, "effectiveFrom", "", true),
                date(root, "effectiveTo", "", false), integer(assignment, "assignBeforeDay", "assignment"), byRole));
    }
}
