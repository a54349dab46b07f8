package vn.danhgia.organization.api.imports;

/** What an import does (or would do) with one row. */
public enum RowOutcome {
    /** A new staff code: the person is added. */
    CREATE,
    /** A known staff code whose data differ: only the differences are written. */
    UPDATE,
    /** A known staff code whose data are already stored as in the file. */
    UNCHANGED,
    /** The row has at least one problem. */
    ERROR
}
