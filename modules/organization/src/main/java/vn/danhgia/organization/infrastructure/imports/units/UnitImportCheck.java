package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.RowOutcome;
import vn.danhgia.organization.api.imports.UnitImportFacade.UnitRowView;
import vn.danhgia.organization.infrastructure.imports.CellValue;
import vn.danhgia.organization.infrastructure.imports.FileRefusedException;
import vn.danhgia.organization.infrastructure.imports.HeaderMatcher;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;
import vn.danhgia.organization.infrastructure.imports.PersonImportCheck;
import vn.danhgia.organization.infrastructure.imports.RawRecord;
import vn.danhgia.organization.infrastructure.imports.RawTable;
import vn.danhgia.organization.infrastructure.imports.TableReader;

/**
 * The whole check of a units file, without a database: read the table (the people import's
 * readers), find the header, read the rows, plan them against the stored units (given by the
 * loader). Every row is checked; the result lists every problem, ordered by row and column.
 */
public final class UnitImportCheck {

    private final ImportSettings settings;
    private final LocalDate today;

    public UnitImportCheck(ImportSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    /**
     * @param plan the plan, or {@code null} when the file could not be read as a table
     */
    public record Result(String sha256, int rowsTotal, UnitPlan plan, List<ImportError> errors,
                         List<UnitRowView> firstRows) {

        public boolean accepted() {
            return errors.isEmpty() && plan != null;
        }

        public int count(UnitChange.Type type) {
            return plan == null ? 0 : plan.count(type);
        }

        public ImportReport report(Long importId, String fileName, ImportSettings settings) {
            boolean ok = accepted();
            List<ImportError> listed = errors.size() > settings.maxReportedErrors()
                    ? errors.subList(0, settings.maxReportedErrors()) : errors;
            return new ImportReport(importId, fileName, sha256, ok ? ImportStatus.ACCEPTED : ImportStatus.REFUSED,
                    rowsTotal, ok ? count(UnitChange.Type.CREATE) : 0, ok ? count(UnitChange.Type.UPDATE) : 0,
                    ok ? count(UnitChange.Type.UNCHANGED) : 0, errors.size(), listed);
        }
    }

    public Result check(String fileName, byte[] content, Supplier<List<StoredUnit>> storedUnits) {
        String sha256 = PersonImportCheck.sha256(content);
        RawTable table;
        HeaderMatcher.Match<UnitColumn> header;
        try {
            table = TableReader.read(fileName, content, settings);
            header = HeaderMatcher.match(table, UnitColumn.class, settings.headerSearchRows());
        } catch (FileRefusedException refused) {
            return new Result(sha256, 0, null, refused.errors(), List.of());
        }
        int rowsTotal = table.recordCount() - header.recordIndex() - 1;
        if (rowsTotal <= 0) {
            return new Result(sha256, 0, null, List.of(ImportError.ofFile(ImportMessages.noDataRows())), List.of());
        }
        if (rowsTotal > settings.maxRows()) {
            return new Result(sha256, rowsTotal, null,
                    List.of(ImportError.ofFile(ImportMessages.tooManyRows(rowsTotal, settings))), List.of());
        }
        UnitRowReader.Parsed parsed = new UnitRowReader().read(table, header);
        UnitPlan plan = new UnitPlanner(today).plan(parsed.rows(), storedUnits.get());
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(plan.errors());
        errors.sort(Comparator.comparingInt(ImportError::row).thenComparingInt(UnitImportCheck::columnOrder));
        return new Result(sha256, rowsTotal, plan, List.copyOf(errors), firstRows(table, header, plan, errors));
    }

    private List<UnitRowView> firstRows(RawTable table, HeaderMatcher.Match<UnitColumn> header, UnitPlan plan,
                                        List<ImportError> errors) {
        List<UnitRowView> views = new ArrayList<>();
        Map<Integer, RowOutcome> outcomes = plan.outcomes();
        int last = Math.min(table.records().size(), header.recordIndex() + 1 + settings.previewRows());
        for (int i = header.recordIndex() + 1; i < last; i++) {
            RawRecord record = table.records().get(i);
            String firstError = errors.stream().filter(e -> e.row() == record.rowNumber()).map(ImportError::message)
                    .findFirst().orElse(null);
            views.add(new UnitRowView(record.rowNumber(), text(record, header, UnitColumn.CODE),
                    text(record, header, UnitColumn.NAME), text(record, header, UnitColumn.KIND),
                    text(record, header, UnitColumn.BLOCK), text(record, header, UnitColumn.PARENT_CODE),
                    text(record, header, UnitColumn.VALID_FROM), text(record, header, UnitColumn.VALID_TO),
                    outcomes.getOrDefault(record.rowNumber(), RowOutcome.ERROR), firstError));
        }
        return views;
    }

    private static String text(RawRecord record, HeaderMatcher.Match<UnitColumn> header, UnitColumn column) {
        Integer index = header.columns().get(column);
        CellValue cell = index == null ? null : record.cell(index);
        return cell == null ? "" : cell.display();
    }

    private static int columnOrder(ImportError error) {
        if (error.column() == null) {
            return -1;
        }
        for (UnitColumn column : UnitColumn.values()) {
            if (column.header().equals(error.column())) {
                return column.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
