package vn.danhgia.evaluation.api;

import java.util.List;

/**
 * The previewed decision (RULES.md RP-2): the outcome, the rule pack version ("PRO v1") and every
 * finding in the order checked.
 */
public record PreviewResult(ProfessionalismOutcome outcome, String rulePack, List<PreviewFinding> findings) {

    public PreviewResult {
        findings = List.copyOf(findings);
    }
}
