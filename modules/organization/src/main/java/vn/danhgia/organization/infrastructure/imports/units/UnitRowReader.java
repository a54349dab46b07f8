package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.infrastructure.imports.CellValue;
import vn.danhgia.organization.infrastructure.imports.HeaderMatcher;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;
import vn.danhgia.organization.infrastructure.imports.RawRecord;
import vn.danhgia.organization.infrastructure.imports.RawTable;
import vn.danhgia.platform.i18n.VietnameseText;

/**
 * Reads the data rows of a units file: converts each cell, reports every problem of every row
 * and finds codes repeated within the file. Checks against the stored units and between rows
 * (parents, cycles, paths) are the {@link UnitPlanner}'s.
 */
public final class UnitRowReader {

    static final int CODE_MAX = 32;
    static final int NAME_MAX = 255;
    static final int UNIT_TYPE_MAX = 64;
    static final int AREA_CODE_MAX = 32;

    /** No "/": it separates the codes of {@code sort_path}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The rows (also those with problems) and the problems found. */
    public record Parsed(List<UnitRow> rows, List<ImportError> errors) {
    }

    public Parsed read(RawTable table, HeaderMatcher.Match<UnitColumn> header) {
        List<UnitRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<RawRecord> records = table.records();
        for (int i = header.recordIndex() + 1; i < records.size(); i++) {
            Cells cells = new Cells(records.get(i), header, errors);
            UnitRow row = readRow(cells);
            if (row.code() != null && !row.isInvalid(UnitColumn.CODE)) {
                Integer first = firstRowOfCode.putIfAbsent(row.codeKey(), row.row());
                if (first != null) {
                    cells.error(UnitColumn.CODE, UnitMessages.duplicateUnitCode(row.code(), first));
                    row = new UnitRow(row.row(), row.code(), row.name(), row.unitType(), row.kind(), row.block(),
                            row.parentCode(), row.areaCode(), row.validFrom(), row.validTo(), cells.invalid);
                }
            }
            rows.add(row);
        }
        return new Parsed(rows, errors);
    }

    private static UnitRow readRow(Cells cells) {
        String code = cells.text(UnitColumn.CODE);
        if (code == null) {
            cells.requiredMissing(UnitColumn.CODE);
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            cells.error(UnitColumn.CODE, UnitMessages.badUnitCode(code, CODE_MAX));
        }
        String name = cells.normalized(UnitColumn.NAME);
        if (name == null) {
            cells.requiredMissing(UnitColumn.NAME);
        } else {
            cells.maxLength(UnitColumn.NAME, name, NAME_MAX);
        }
        String unitType = cells.normalized(UnitColumn.UNIT_TYPE);
        cells.maxLength(UnitColumn.UNIT_TYPE, unitType, UNIT_TYPE_MAX);
        UnitKind kind = cells.coded(UnitColumn.KIND, UnitVocabulary::kind, UnitVocabulary.kindChoices());
        Block block = cells.coded(UnitColumn.BLOCK, UnitVocabulary::block, UnitVocabulary.blockChoices());
        String parentCode = cells.text(UnitColumn.PARENT_CODE);
        if (parentCode != null && (parentCode.length() > CODE_MAX || !CODE.matcher(parentCode).matches())) {
            cells.error(UnitColumn.PARENT_CODE, UnitMessages.badUnitCode(parentCode, CODE_MAX));
        }
        String areaCode = cells.text(UnitColumn.AREA_CODE);
        cells.maxLength(UnitColumn.AREA_CODE, areaCode, AREA_CODE_MAX);
        LocalDate from = cells.date(UnitColumn.VALID_FROM);
        LocalDate to = cells.date(UnitColumn.VALID_TO);
        if (from != null && to != null && !to.isAfter(from)) {
            cells.error(UnitColumn.VALID_TO, UnitMessages.validToNotAfterFrom(to, from));
        }
        return new UnitRow(cells.record.rowNumber(), code, name, unitType, kind, block, parentCode, areaCode, from, to,
                cells.invalid);
    }

    /** Reads the cells of one record and collects their problems. */
    private static final class Cells {

        final RawRecord record;
        private final HeaderMatcher.Match<UnitColumn> header;
        private final List<ImportError> errors;
        final Set<UnitColumn> invalid = EnumSet.noneOf(UnitColumn.class);

        Cells(RawRecord record, HeaderMatcher.Match<UnitColumn> header, List<ImportError> errors) {
            this.record = record;
            this.header = header;
            this.errors = errors;
        }

        CellValue cell(UnitColumn column) {
            Integer index = header.columns().get(column);
            return index == null ? null : record.cell(index);
        }

        String text(UnitColumn column) {
            CellValue cell = cell(column);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            if (cell.isFormula()) {
                if (invalid.add(column)) {
                    errors.add(new ImportError(record.rowNumber(), column.header(), cell.display(),
                            ImportMessages.formula(cell.ref())));
                }
                return null;
            }
            String text = cell.display();
            return text.isEmpty() ? null : text;
        }

        String normalized(UnitColumn column) {
            String text = VietnameseText.normalize(text(column));
            return text == null || text.isEmpty() ? null : text;
        }

        LocalDate date(UnitColumn column) {
            CellValue cell = cell(column);
            if (cell != null && cell.date() != null && !cell.isFormula()) {
                return cell.date();
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.replace('-', '/').replace('.', '/').replace(" ", ""), DMY);
            } catch (DateTimeParseException e) {
                error(column, ImportMessages.badDate(column.header(), text));
                return null;
            }
        }

        <T> T coded(UnitColumn column, Function<String, T> vocabulary, List<String> allowed) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            T value = vocabulary.apply(text);
            if (value == null) {
                error(column, ImportMessages.notAllowed(column.header(), text, allowed));
            }
            return value;
        }

        void maxLength(UnitColumn column, String value, int max) {
            if (value != null && value.length() > max && !invalid.contains(column)) {
                error(column, ImportMessages.tooLong(column.header(), max));
            }
        }

        void requiredMissing(UnitColumn column) {
            if (!invalid.contains(column)) {
                error(column, ImportMessages.required(column.header()));
            }
        }

        void error(UnitColumn column, String message) {
            CellValue cell = cell(column);
            invalid.add(column);
            errors.add(new ImportError(record.rowNumber(), column.header(), cell == null ? "" : cell.display(), message));
        }
    }
}
