package vn.danhgia.platform.rules;

/** Identifies the rule pack version a ruling used (RULES.md RP-1). */
public record RulePackRef(String code, int version) {

    @Override
    public String toString() {
        return code + " v" + version;
    }
}
