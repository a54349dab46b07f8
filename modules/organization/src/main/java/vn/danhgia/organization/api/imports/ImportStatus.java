package vn.danhgia.organization.api.imports;

/** Outcome of an import attempt. Stored by name in {@code org_import.status}: never rename a constant. */
public enum ImportStatus {
    /** Every row was valid; the changes were written in one transaction. */
    ACCEPTED,
    /** At least one problem was found; nothing was changed. */
    REFUSED
}
