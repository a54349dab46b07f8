package vn.danhgia.platform.rules;

import java.util.List;
import java.util.Objects;

/**
 * The result of an automated decision with its explanation (RULES.md RP-1, RP-2): the outcome,
 * every finding, and the rule pack version that produced it.
 *
 * @param <O> the outcome type of the rule family (e.g. professional / not professional)
 */
public record Ruling<O>(O outcome, List<Finding> findings, RulePackRef rulePack) {

    public Ruling {
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        Objects.requireNonNull(rulePack, "rulePack");
    }

    public boolean allPassed() {
        return findings.stream().allMatch(Finding::passed);
    }

    public List<Finding> failed() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }
}
