package vn.danhgia.evaluation.api.quarter;

import jakarta.ejb.ApplicationException;

/**
 * A refused request of the quarterly cycle with a Vietnamese message; nothing was changed. The kind tells the REST
 * layer the status: FORBIDDEN 403, NOT_FOUND 404, CONFLICT 409 (stale version, wrong step), INVALID 400.
 */
@ApplicationException(rollback = true)
public class EvaluationException extends RuntimeException {

    public enum Kind { FORBIDDEN, NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public EvaluationException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static EvaluationException forbidden(String message) {
        return new EvaluationException(Kind.FORBIDDEN, "FORBIDDEN", message);
    }

    public static EvaluationException notFound(String message) {
        return new EvaluationException(Kind.NOT_FOUND, "NOT_FOUND", message);
    }

    public static EvaluationException conflict(String code, String message) {
        return new EvaluationException(Kind.CONFLICT, code, message);
    }

    public static EvaluationException invalid(String code, String message) {
        return new EvaluationException(Kind.INVALID, code, message);
    }
}
