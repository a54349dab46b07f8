package vn.danhgia.web.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    @DisplayName("A refused connection deep in the cause chain means the database is unavailable")
    void connectionFailure() {
        Exception failure = new RuntimeException("EJB failed",
                new IllegalStateException(new SQLNonTransientConnectionException("Socket fail to connect")));
        assertTrue(Failures.isDatabaseUnavailable(failure));
        assertTrue(Failures.isDatabaseUnavailable(new SQLException("gone", "08S01")));
        assertTrue(Failures.isDatabaseUnavailable(new RuntimeException(
                "Error in allocating a connection. Cause: Connection could not be allocated")));
    }

    @Test
    @DisplayName("A data error is not an outage")
    void dataError() {
        assertFalse(Failures.isDatabaseUnavailable(new SQLIntegrityConstraintViolationException("duplicate", "23000")));
        assertFalse(Failures.isDatabaseUnavailable(new IllegalArgumentException("bad input")));
    }
}
