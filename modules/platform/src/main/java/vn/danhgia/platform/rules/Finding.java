package vn.danhgia.platform.rules;

import java.util.Map;
import java.util.Objects;

/**
 * One checked condition of a ruling (RULES.md RP-2): the rule id, whether it passed, a message
 * in Vietnamese and the facts the rule used.
 */
public record Finding(String ruleId, boolean passed, String message, Map<String, String> facts) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public static Finding pass(String ruleId, String message) {
        return new Finding(ruleId, true, message, Map.of());
    }

    public static Finding fail(String ruleId, String message) {
        return new Finding(ruleId, false, message, Map.of());
    }
}
