package vn.danhgia.evaluation.api;

import java.util.Map;

/**
 * One checked condition: the rule id ("PRO-7"), whether it passed, the Vietnamese message ("PRO-7: tiêu
 * chí 12 đạt 7,5 < 8") and the facts used (numbers with a decimal point: "7.5").
 */
public record PreviewFinding(String ruleId, boolean passed, String message, Map<String, String> facts) {

    public PreviewFinding {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
