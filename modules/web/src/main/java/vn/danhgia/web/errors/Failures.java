package vn.danhgia.web.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Classifies failures so the user gets the right plain-language explanation. */
public final class Failures {

    private Failures() {
    }

    /** True when the cause chain shows the database could not be reached (not a data error). */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")
                    || t.getClass().getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Connection could not be allocated")
                    || message.contains("Error in allocating a connection")
                    || message.contains("Socket fail to connect")
                    || message.contains("Could not connect to address")) {
                return true;
            }
        }
        return false;
    }
}
