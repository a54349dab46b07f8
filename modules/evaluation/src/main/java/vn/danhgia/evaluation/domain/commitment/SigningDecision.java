package vn.danhgia.evaluation.domain.commitment;

import java.util.List;
import java.util.stream.Collectors;
import vn.danhgia.platform.rules.Finding;

/**
 * What a signature is (RULES.md PRO-1), decided once when the person signs and stored with it (RP-2, PUB-2).
 *
 * @param late           signed after the sign-by date without a leave that deferred it: recorded, never refused
 * @param deferred       the person was on a leave of at least one month on the sign-by date and signed after it
 * @param deferralReason the leave, e.g. "Nghỉ thai sản từ 01/01/2025 đến 28/02/2025" (null unless deferred)
 * @param supplementary  on the supplementary list: deferred, or signed after the unit list was published
 */
public record SigningDecision(boolean late, boolean deferred, String deferralReason, boolean supplementary,
                              List<Finding> findings) {

    public SigningDecision {
        findings = List.copyOf(findings);
    }

    /** The list the signer is on. */
    public CommitmentList list() {
        return supplementary ? CommitmentList.SUPPLEMENTARY : CommitmentList.UNIT;
    }

    /** The findings as one text, as stored with the signature. */
    public String explanation() {
        return findings.stream().map(Finding::message).collect(Collectors.joining("; "));
    }
}
