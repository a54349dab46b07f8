package vn.danhgia.organization.infrastructure.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Records an import attempt in its own transaction: used when writing an accepted file failed
 * and its transaction is rolled back, so that the refused attempt still leaves its trace.
 */
@Stateless
public class ImportAttemptRecorder {

    @Resource(lookup = "java:app/jdbc/danhgia")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordInNewTransaction(PersonImportStore.Attempt attempt) {
        try (Connection connection = dataSource.getConnection()) {
            return new PersonImportStore(connection).recordAttempt(attempt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the import attempt", e);
        }
    }
}
