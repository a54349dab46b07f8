package vn.danhgia.evaluation.domain.professionalism;

/** The outcome of a quarterly professionalism evaluation (RULES.md PRO-4..PRO-8). */
public enum ProOutcome {
    /** Every condition of PRO-5 and PRO-6/PRO-7 holds: "đạt chuyên nghiệp". */
    PROFESSIONAL,
    /** At least one condition fails or is unknown: the failed findings say which. */
    NOT_PROFESSIONAL,
    /** PRO-8: absent long enough not to be evaluated this quarter — shown with the reason, never as failed. */
    NOT_EVALUATED,
    /** The sheet itself is invalid (PRO-4 scores, unknown form): nothing else was judged. */
    INVALID_INPUT
}
