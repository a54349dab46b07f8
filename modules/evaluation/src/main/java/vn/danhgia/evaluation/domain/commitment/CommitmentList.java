package vn.danhgia.evaluation.domain.commitment;

/** The two lists of a unit's campaign (RULES.md PRO-1). */
public enum CommitmentList {
    /** The unit list (form 02), published by the publish-by date. */
    UNIT,
    /** The supplementary list: people who signed after a leave, or after the unit list was published. */
    SUPPLEMENTARY
}
