package vn.danhgia.evaluation.api.commitment;

import jakarta.ejb.ApplicationException;

/** A refused commitment request, with a stable code and a Vietnamese message for the user; nothing was changed. */
@ApplicationException(rollback = true)
public class CommitmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal it is (the REST layer maps it to a status). */
    public enum Kind {
        /** The campaign, the unit or the commitment does not exist (404). */
        NOT_FOUND,
        /** The caller may not do this, e.g. sign for someone else (403). */
        FORBIDDEN,
        /** The state does not allow it: already signed, changed meanwhile (409). */
        CONFLICT,
        /** A value is wrong (400). */
        INVALID
    }

    private final String code;
    private final Kind kind;

    public CommitmentException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /** Stable error code, e.g. {@code NOT_OWN_COMMITMENT}. */
    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }
}
