package vn.danhgia.evaluation.api;

import jakarta.ejb.ApplicationException;

/**
 * A preview request that cannot be judged at all (unknown form, wrong number of scores, …), with a
 * stable code and a Vietnamese message for the caller.
 */
@ApplicationException
public class PreviewRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public PreviewRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
