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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.UnitImportFacade;
import vn.danhgia.organization.infrastructure.imports.ImportJson;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;
import vn.danhgia.organization.infrastructure.imports.PersonImportStore;
import vn.danhgia.organization.infrastructure.imports.units.StoredUnit;
import vn.danhgia.organization.infrastructure.imports.units.UnitChange;
import vn.danhgia.organization.infrastructure.imports.units.UnitImportAttemptRecorder;
import vn.danhgia.organization.infrastructure.imports.units.UnitImportCheck;
import vn.danhgia.organization.infrastructure.imports.units.UnitImportStore;
import vn.danhgia.organization.infrastructure.imports.units.UnitImportTemplate;
import vn.danhgia.organization.infrastructure.imports.units.UnitMessages;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/**
 * Use cases of the units import (RULES.md ORG-1). One method, one JTA transaction: the file is
 * checked in full against every stored unit, and only a file without any problem is written
 * (parents first, optimistic locking); every attempt is recorded in {@code org_import} (kind
 * {@code UNITS}) and every accepted import in the audit log, one entry with the counts and the
 * changed units (units keep no history table).
 */
@Stateless
public class UnitImportService implements UnitImportFacade {

    private static final Logger LOG = Logger.getLogger(UnitImportService.class.getName());

    @Resource(lookup = "java:app/jdbc/danhgia")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @EJB
    private UnitImportAttemptRecorder attempts;

    @EJB
    private AuditLog auditLog;

    @Override
    public ImportReport importUnits(String fileName, byte[] content, String importedBy) {
        ImportSettings settings = ImportSettings.DEFAULTS;
        String name = fileName == null || fileName.isBlank() ? "" : fileName.strip();
        String by = importedBy == null || importedBy.isBlank() ? "?" : importedBy;
        LocalDateTime now = LocalDateTime.now();
        UnitImportCheck.Result result = null;
        try (Connection connection = dataSource.getConnection()) {
            UnitImportStore store = new UnitImportStore(connection);
            List<StoredUnit> stored = store.loadUnits();
            result = new UnitImportCheck(settings, now.toLocalDate()).check(name, content, () -> stored);
            if (result.accepted()) {
                store.apply(result.plan(), UnitImportStore.ids(stored));
            }
            ImportReport checked = result.report(null, name, settings);
            long id = store.recordAttempt(new PersonImportStore.Attempt(name, result.sha256(), checked.status(),
                    result.rowsTotal(), checked.rowsCreated(), checked.rowsUpdated(), checked.rowsUnchanged(),
                    ImportJson.errors(checked.errors()), now, by));
            ImportReport report = result.report(id, name, settings);
            if (result.accepted()) {
                auditLog.record(by, AuditAction.DATA_CHANGED, "org_import#" + id, auditDetail(name, result));
            }
            LOG.info(() -> "Units import " + report.importId() + " of " + name + " by " + by + ": " + report.status()
                    + " (" + report.rowsTotal() + " rows, " + report.rowsCreated() + " created, " + report.rowsUpdated()
                    + " updated, " + report.errorCount() + " errors)");
            return report;
        } catch (SQLException | UnitImportStore.ConcurrentUnitChange e) {
            if (result == null || !result.accepted()) {
                throw new IllegalStateException("Units import of " + name + " failed", e);
            }
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "Units import of " + name + " rolled back", e);
            String message = e instanceof UnitImportStore.ConcurrentUnitChange cc
                    ? UnitMessages.concurrentChange(cc.code()) : ImportMessages.writeFailed();
            List<ImportError> errors = List.of(ImportError.ofFile(message));
            long id = attempts.recordInNewTransaction(new PersonImportStore.Attempt(name, result.sha256(),
                    ImportStatus.REFUSED, result.rowsTotal(), 0, 0, 0, ImportJson.errors(errors), now, by));
            return new ImportReport(id, name, result.sha256(), ImportStatus.REFUSED, result.rowsTotal(), 0, 0, 0,
                    errors.size(), errors);
        }
    }

    @Override
    public UnitImportPreview previewUnits(String fileName, byte[] content) {
        ImportSettings settings = ImportSettings.DEFAULTS;
        String name = fileName == null ? "" : fileName.strip();
        try (Connection connection = dataSource.getConnection()) {
            List<StoredUnit> stored = new UnitImportStore(connection).loadUnits();
            UnitImportCheck.Result result = new UnitImportCheck(settings, LocalDate.now()).check(name, content, () -> stored);
            return new UnitImportPreview(name, content == null ? 0 : content.length, result.firstRows(),
                    result.report(null, name, settings));
        } catch (SQLException e) {
            throw new IllegalStateException("Preview of " + name + " failed", e);
        }
    }

    @Override
    public byte[] unitTemplate(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> UnitImportTemplate.csv();
            case "xlsx" -> UnitImportTemplate.xlsx();
            default -> throw new OrganizationException("IMPORT_TEMPLATE_FORMAT",
                    "Không có tệp mẫu dạng \"" + format + "\": chỉ có xlsx hoặc csv.");
        };
    }

    /** "Nhập đơn vị từ tệp X: 2 thêm mới, 1 cập nhật, 5 không đổi, 3 đơn vị cấp dưới đổi đường dẫn. Thay đổi: ..." */
    static String auditDetail(String fileName, UnitImportCheck.Result result) {
        StringBuilder detail = new StringBuilder("Nhập đơn vị từ tệp ").append(fileName).append(": ")
                .append(result.count(UnitChange.Type.CREATE)).append(" thêm mới, ")
                .append(result.count(UnitChange.Type.UPDATE)).append(" cập nhật, ")
                .append(result.count(UnitChange.Type.UNCHANGED)).append(" không đổi, ")
                .append(result.count(UnitChange.Type.PATH)).append(" đơn vị cấp dưới đổi đường dẫn.");
        String separator = " Thay đổi: ";
        for (UnitChange c : result.plan().changes()) {
            if (c.type() == UnitChange.Type.UPDATE || c.type() == UnitChange.Type.CREATE) {
                detail.append(separator).append(c.code()).append(c.type() == UnitChange.Type.CREATE ? " (mới)"
                        : " (" + String.join(", ", c.changed()) + ")");
                separator = "; ";
            }
        }
        return detail.toString();
    }
}
