package vn.danhgia.organization.infrastructure.imports.units;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.danhgia.organization.infrastructure.imports.PersonImportStore;

/** Records a units import attempt in its own transaction (when writing an accepted file failed). */
@Stateless
public class UnitImportAttemptRecorder {

    @Resource(lookup = "java:app/jdbc/danhgia")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordInNewTransaction(PersonImportStore.Attempt attempt) {
        try (Connection connection = dataSource.getConnection()) {
            return new UnitImportStore(connection).recordAttempt(attempt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the units import attempt", e);
        }
    }
}
