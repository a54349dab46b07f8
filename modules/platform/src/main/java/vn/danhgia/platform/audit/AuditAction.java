package vn.danhgia.platform.audit;

/** Audited actions. Stored by name: never rename a constant. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ADMIN_CREATED,
    USER_CREATED,
    DATA_CHANGED,
    HOLIDAY_ADDED,
    HOLIDAY_REMOVED
}
