package vn.danhgia.evaluation.api.monthly;

import java.util.Map;

/** One checked condition (RP-2): rule id ("MON-2"), whether it passed, Vietnamese message, facts used. */
public record MonthlyFinding(String ruleId, boolean passed, String message, Map<String, String> facts) {

    public MonthlyFinding {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
