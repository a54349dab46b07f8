package vn.danhgia.evaluation.api.commitment;

/** Where a person stands in their unit's commitment campaign (RULES.md PRO-1). */
public enum CommitmentStatus {
    /** Signed (possibly late, possibly on the supplementary list). */
    SIGNED,
    /** Not signed yet; after the sign-by date the person is overdue. */
    NOT_SIGNED,
    /** Not signed, on a leave of at least one month at signing time: signs after returning (supplementary list). */
    DEFERRED
}
