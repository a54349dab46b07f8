package vn.danhgia.organization.infrastructure.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.PersonRowView;
import vn.danhgia.organization.api.imports.RowOutcome;

/**
 * The whole check of a people file, without a database: read the table, find the header, read
 * the rows, load what is stored for the file's staff codes (through the given loader) and plan
 * the changes. Every row is checked; the result lists every problem, ordered by row and column.
 */
public final class PersonImportCheck {

    private final ImportSettings settings;
    private final LocalDate today;

    public PersonImportCheck(ImportSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    /**
     * The outcome of the check.
     *
     * @param sha256    SHA-256 of the file (hex)
     * @param rowsTotal data rows in the file
     * @param plan      the plan, or {@code null} when the file could not be read as a table
     * @param errors    every problem, sorted by row then column (file-level problems first)
     * @param firstRows the first rows for a preview
     */
    public record Result(String sha256, int rowsTotal, ImportPlan plan, List<ImportError> errors,
                         List<PersonRowView> firstRows) {

        public boolean accepted() {
            return errors.isEmpty() && plan != null;
        }

        public int created() {
            return plan == null ? 0 : (int) plan.count(PersonChange.Create.class);
        }

        public int updated() {
            return plan == null ? 0 : (int) plan.count(PersonChange.Update.class);
        }

        public int unchanged() {
            return plan == null ? 0 : (int) plan.count(PersonChange.Unchanged.class);
        }

        /**
         * The report of this check: for an accepted file the counts of created, updated and
         * unchanged rows; for a refused one zeros (nothing changed) and the problems, listed up to
         * {@link ImportSettings#maxReportedErrors()}.
         */
        public ImportReport report(Long importId, String fileName, ImportSettings settings) {
            ImportStatus status = accepted() ? ImportStatus.ACCEPTED : ImportStatus.REFUSED;
            boolean counts = accepted();
            List<ImportError> listed = errors.size() > settings.maxReportedErrors()
                    ? errors.subList(0, settings.maxReportedErrors()) : errors;
            return new ImportReport(importId, fileName, sha256, status, rowsTotal,
                    counts ? created() : 0, counts ? updated() : 0, counts ? unchanged() : 0, errors.size(), listed);
        }
    }

    /**
     * @param stateLoader loads what is stored for the given staff code keys
     */
    public Result check(String fileName, byte[] content, Function<Set<String>, ExistingState> stateLoader) {
        String sha256 = sha256(content);
        RawTable table;
        HeaderMatcher.Match<PersonColumn> header;
        try {
            table = TableReader.read(fileName, content, settings);
            header = HeaderMatcher.match(table, PersonColumn.class, settings.headerSearchRows());
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
        ParsedRows parsed = new PersonRowReader(settings, today).read(table, header);
        Set<String> codes = new LinkedHashSet<>();
        for (PersonRow row : parsed.rows()) {
            if (row.staffCode() != null && !row.isInvalid(PersonColumn.STAFF_CODE)) {
                codes.add(row.codeKey());
            }
        }
        ExistingState state = stateLoader.apply(codes);
        ImportPlan plan = new ImportPlanner(settings).plan(parsed, state);

        List<ImportError> errors = new ArrayList<>(parsed.errors().size() + plan.errors().size());
        errors.addAll(parsed.errors());
        errors.addAll(plan.errors());
        errors.sort(Comparator.comparingInt(ImportError::row).thenComparingInt(PersonImportCheck::columnOrder));
        return new Result(sha256, rowsTotal, plan, List.copyOf(errors), firstRows(table, header, parsed, plan, errors));
    }

    private List<PersonRowView> firstRows(RawTable table, HeaderMatcher.Match<PersonColumn> header, ParsedRows parsed,
                                          ImportPlan plan, List<ImportError> errors) {
        List<PersonRowView> views = new ArrayList<>();
        Map<Integer, RowOutcome> outcomes = plan.outcomes();
        int last = Math.min(table.records().size(), header.recordIndex() + 1 + settings.previewRows());
        int errorIndex = 0;
        for (int i = header.recordIndex() + 1; i < last; i++) {
            RawRecord record = table.records().get(i);
            while (errorIndex < errors.size() && errors.get(errorIndex).row() < record.rowNumber()) {
                errorIndex++;
            }
            String firstError = errorIndex < errors.size() && errors.get(errorIndex).row() == record.rowNumber()
                    ? errors.get(errorIndex).message() : null;
            views.add(new PersonRowView(record.rowNumber(),
                    text(record, header, PersonColumn.STAFF_CODE), text(record, header, PersonColumn.FULL_NAME),
                    text(record, header, PersonColumn.BIRTH_DATE), text(record, header, PersonColumn.SEX),
                    text(record, header, PersonColumn.CATEGORY), text(record, header, PersonColumn.UNIT_CODE),
                    text(record, header, PersonColumn.POSITION), text(record, header, PersonColumn.ROLE),
                    text(record, header, PersonColumn.GRADE_CODE), text(record, header, PersonColumn.EFFECTIVE_DATE),
                    outcomes.getOrDefault(record.rowNumber(), RowOutcome.ERROR), firstError));
        }
        return views;
    }

    private static String text(RawRecord record, HeaderMatcher.Match<PersonColumn> header, PersonColumn column) {
        Integer index = header.columns().get(column);
        CellValue cell = index == null ? null : record.cell(index);
        return cell == null ? "" : cell.display();
    }

    private static int columnOrder(ImportError error) {
        if (error.column() == null) {
            return -1;
        }
        for (PersonColumn column : PersonColumn.values()) {
            if (column.header().equals(error.column())) {
                return column.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Lower-case hex SHA-256 of the content. */
    public static String sha256(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content == null ? new byte[0] : content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
