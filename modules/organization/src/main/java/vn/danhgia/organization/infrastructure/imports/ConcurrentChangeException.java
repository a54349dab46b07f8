package vn.danhgia.organization.infrastructure.imports;

/** A stored row changed between reading and writing (another user or import): the import is rolled back. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String staffCode;

    public ConcurrentChangeException(String staffCode) {
        super("Concurrent change of person " + staffCode);
        this.staffCode = staffCode;
    }

    public String staffCode() {
        return staffCode;
    }
}
