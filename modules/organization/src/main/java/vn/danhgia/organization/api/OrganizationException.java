package vn.danhgia.organization.api;

import jakarta.ejb.ApplicationException;

/** A rejected organisation request; the message key explains why to the user. */
@ApplicationException(rollback = true)
public class OrganizationException extends RuntimeException {

    private final String code;

    public OrganizationException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable error code, e.g. {@code UNIT_CODE_TAKEN}. */
    public String getCode() {
        return code;
    }
}
