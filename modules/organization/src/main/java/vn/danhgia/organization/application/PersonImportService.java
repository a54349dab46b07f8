package vn.danhgia.organization.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.PersonImportFacade;
import vn.danhgia.organization.api.imports.PersonImportPreview;
import vn.danhgia.organization.infrastructure.imports.ConcurrentChangeException;
import vn.danhgia.organization.infrastructure.imports.ExistingState;
import vn.danhgia.organization.infrastructure.imports.ImportAttemptRecorder;
import vn.danhgia.organization.infrastructure.imports.ImportJson;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;
import vn.danhgia.organization.infrastructure.imports.PersonImportCheck;
import vn.danhgia.organization.infrastructure.imports.PersonImportStore;
import vn.danhgia.organization.infrastructure.imports.PersonImportTemplate;

/**
 * Use cases of the people import (RULES.md ORG-2..5, ORG-9, ORG-10). One method, one JTA
 * transaction: the file is checked in full against what is stored (read with a few set-based
 * queries), and only a file without any problem is written, with JDBC batches; every attempt,
 * accepted or refused, is recorded in {@code org_import} with the file's SHA-256, counts and
 * errors.
 */
@Stateless
public class PersonImportService implements PersonImportFacade {

    private static final Logger LOG = Logger.getLogger(PersonImportService.class.getName());

    @Resource(lookup = "java:app/jdbc/danhgia")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @EJB
    private ImportAttemptRecorder attempts;

    @Override
    public ImportSettings settings() {
        return ImportSettings.DEFAULTS;
    }

    @Override
    public ImportReport importPeople(String fileName, byte[] content, String importedBy) {
        ImportSettings settings = settings();
        String name = fileName == null || fileName.isBlank() ? "" : fileName.strip();
        String by = importedBy == null || importedBy.isBlank() ? "?" : importedBy;
        LocalDateTime now = LocalDateTime.now();
        PersonImportCheck.Result result = null;
        try (Connection connection = dataSource.getConnection()) {
            PersonImportStore store = new PersonImportStore(connection);
            result = new PersonImportCheck(settings, now.toLocalDate()).check(name, content, codes -> load(store, codes));
            if (result.accepted()) {
                store.apply(result.plan(), by, "Nhập từ tệp " + name, now);
            }
            long id = store.recordAttempt(attempt(name, result, settings, now, by));
            ImportReport report = result.report(id, name, settings);
            LOG.info(() -> "People import " + report.importId() + " of " + name + " by " + by + ": " + report.status()
                    + " (" + report.rowsTotal() + " rows, " + report.rowsCreated() + " created, " + report.rowsUpdated()
                    + " updated, " + report.errorCount() + " errors)");
            return report;
        } catch (SQLException | StateUnavailable | ConcurrentChangeException e) {
            if (result == null || !result.accepted()) {
                throw new IllegalStateException("People import of " + name + " failed", e);
            }
            // the checked file could not be written: nothing stays written, the refusal is recorded
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "People import of " + name + " rolled back", e);
            String message = e instanceof ConcurrentChangeException cc
                    ? ImportMessages.concurrentChange(cc.staffCode()) : ImportMessages.writeFailed();
            List<ImportError> errors = List.of(ImportError.ofFile(message));
            long id = attempts.recordInNewTransaction(new PersonImportStore.Attempt(name, result.sha256(),
                    ImportStatus.REFUSED, result.rowsTotal(), 0, 0, 0, ImportJson.errors(errors), now, by));
            return new ImportReport(id, name, result.sha256(), ImportStatus.REFUSED, result.rowsTotal(), 0, 0, 0,
                    errors.size(), errors);
        }
    }

    @Override
    public PersonImportPreview previewPeople(String fileName, byte[] content) {
        ImportSettings settings = settings();
        String name = fileName == null ? "" : fileName.strip();
        try (Connection connection = dataSource.getConnection()) {
            PersonImportStore store = new PersonImportStore(connection);
            PersonImportCheck.Result result = new PersonImportCheck(settings, LocalDate.now())
                    .check(name, content, codes -> load(store, codes));
            return new PersonImportPreview(name, content == null ? 0 : content.length, result.firstRows(),
                    result.report(null, name, settings));
        } catch (SQLException | StateUnavailable e) {
            throw new IllegalStateException("Preview of " + name + " failed", e);
        }
    }

    @Override
    public byte[] template(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        switch (f) {
            case "csv":
                return PersonImportTemplate.csv();
            case "xlsx":
                try (Connection connection = dataSource.getConnection()) {
                    return PersonImportTemplate.xlsx(new PersonImportStore(connection).grades(), settings());
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot read the grade catalogue", e);
                }
            default:
                throw new OrganizationException("IMPORT_TEMPLATE_FORMAT",
                        "Không có tệp mẫu dạng \"" + format + "\": chỉ có xlsx hoặc csv.");
        }
    }

    private static PersonImportStore.Attempt attempt(String name, PersonImportCheck.Result result, ImportSettings settings,
                                                     LocalDateTime now, String by) {
        ImportReport report = result.report(null, name, settings);
        return new PersonImportStore.Attempt(name, result.sha256(), report.status(), result.rowsTotal(),
                report.rowsCreated(), report.rowsUpdated(), report.rowsUnchanged(), ImportJson.errors(report.errors()),
                now, by);
    }

    private static ExistingState load(PersonImportStore store, Set<String> codes) {
        try {
            return store.loadState(codes);
        } catch (SQLException e) {
            throw new StateUnavailable(e);
        }
    }

    /** Reading the stored state failed (carried out of the check's loader). */
    private static final class StateUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StateUnavailable(SQLException cause) {
            super(cause);
        }
    }
}
