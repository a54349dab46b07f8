package vn.danhgia.evaluation.domain.commitment;

/** Where a person of a unit stands in the unit's campaign (RULES.md PRO-1). */
public enum CommitmentState {
    SIGNED,
    /** Not signed and not deferred: expected to sign by the sign-by date (late after it). */
    NOT_SIGNED,
    /** Not signed, on a leave of at least one month at signing time: signs after returning. */
    DEFERRED
}
