package vn.danhgia.reports;

/**
 * A report could not be loaded, filled or exported. Unchecked: callers cannot recover from a
 * broken template, and the message names the report.
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
