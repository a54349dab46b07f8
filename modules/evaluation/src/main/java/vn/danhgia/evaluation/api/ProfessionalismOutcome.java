package vn.danhgia.evaluation.api;

/** The outcome of a quarterly professionalism evaluation (RULES.md PRO-4..PRO-8). */
public enum ProfessionalismOutcome {
    /** "Đạt chuyên nghiệp": every condition holds. */
    PROFESSIONAL,
    /** At least one condition fails or is unknown; the failed findings say which. */
    NOT_PROFESSIONAL,
    /** PRO-8: absent long enough not to be evaluated this quarter — not a failure. */
    NOT_EVALUATED,
    /** A score is off the scale (PRO-4): nothing else was judged. */
    INVALID_INPUT
}
