package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.platform.i18n.VietnameseText;

/**
 * Reads the data rows of a people file: converts each cell, reports every problem of every row
 * (never only the first), and finds staff codes repeated within the file. Checks needing the
 * stored data (units, grades, who exists) are the {@link ImportPlanner}'s.
 */
public final class PersonRowReader {

    static final int STAFF_CODE_MAX = 32;
    static final int FULL_NAME_MAX = 200;
    static final int ETHNICITY_MAX = 64;
    static final int POSITION_MAX = 200;
    static final int UNIT_CODE_MAX = 32;
    static final int GRADE_CODE_MAX = 20;

    private static final Pattern STAFF_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ImportSettings settings;
    private final LocalDate today;

    public PersonRowReader(ImportSettings settings, LocalDate today) {
        this.settings = settings;
        this.today = today;
    }

    /** Reads every record after the header row. */
    public ParsedRows read(RawTable table, HeaderMatcher.Match<PersonColumn> header) {
        List<PersonRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<RawRecord> records = table.records();
        for (int i = header.recordIndex() + 1; i < records.size(); i++) {
            PersonRow row = readRow(records.get(i), header, errors);
            if (row.staffCode() != null && !row.isInvalid(PersonColumn.STAFF_CODE)) {
                Integer first = firstRowOfCode.putIfAbsent(row.codeKey(), row.row());
                if (first != null) {
                    errors.add(new ImportError(row.row(), PersonColumn.STAFF_CODE.header(), row.staffCode(),
                            ImportMessages.duplicateStaffCode(row.staffCode(), first)));
                }
            }
            rows.add(row);
        }
        return new ParsedRows(rows, errors);
    }

    private PersonRow readRow(RawRecord record, HeaderMatcher.Match<PersonColumn> header, List<ImportError> errors) {
        Cells cells = new Cells(record, header, errors);

        String staffCode = cells.text(PersonColumn.STAFF_CODE);
        if (staffCode == null) {
            cells.requiredMissing(PersonColumn.STAFF_CODE);
        } else if (staffCode.length() > STAFF_CODE_MAX || !STAFF_CODE.matcher(staffCode).matches()) {
            cells.error(PersonColumn.STAFF_CODE, ImportMessages.badStaffCode(staffCode, STAFF_CODE_MAX));
        }

        String fullName = VietnameseText.normalize(cells.text(PersonColumn.FULL_NAME));
        if (fullName == null || fullName.isEmpty()) {
            fullName = null;
            cells.requiredMissing(PersonColumn.FULL_NAME);
        } else {
            cells.maxLength(PersonColumn.FULL_NAME, fullName, FULL_NAME_MAX);
        }

        LocalDate birthDate = cells.date(PersonColumn.BIRTH_DATE);
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                cells.error(PersonColumn.BIRTH_DATE, ImportMessages.birthInFuture(birthDate, today));
            } else {
                int age = Period.between(birthDate, today).getYears();
                if (age < settings.minAgeYears()) {
                    cells.error(PersonColumn.BIRTH_DATE,
                            ImportMessages.tooYoung(birthDate, age, settings.minAgeYears(), today));
                }
            }
        }

        Vocabulary.Sex sex = cells.coded(PersonColumn.SEX, Vocabulary::sex, Vocabulary.SEX_LABELS);

        String ethnicity = VietnameseText.normalize(cells.text(PersonColumn.ETHNICITY));
        if (ethnicity != null && ethnicity.isEmpty()) {
            ethnicity = null;
        }
        cells.maxLength(PersonColumn.ETHNICITY, ethnicity, ETHNICITY_MAX);

        Boolean minorityArea = cells.coded(PersonColumn.MINORITY_AREA, Vocabulary::yesNo, Vocabulary.YES_NO_LABELS);
        StaffCategory category = cells.coded(PersonColumn.CATEGORY, Vocabulary::category, Vocabulary.CATEGORY_LABELS);
        Boolean standingCommittee =
                cells.coded(PersonColumn.STANDING_COMMITTEE, Vocabulary::yesNo, Vocabulary.YES_NO_LABELS);

        String unitCode = cells.text(PersonColumn.UNIT_CODE);
        cells.maxLength(PersonColumn.UNIT_CODE, unitCode, UNIT_CODE_MAX);
        String position = VietnameseText.normalize(cells.text(PersonColumn.POSITION));
        if (position != null && position.isEmpty()) {
            position = null;
        }
        cells.maxLength(PersonColumn.POSITION, position, POSITION_MAX);
        UnitRole role = cells.coded(PersonColumn.ROLE, Vocabulary::role, Vocabulary.ROLE_LABELS);
        if (unitCode != null && position == null && !cells.invalid(PersonColumn.POSITION)) {
            cells.error(PersonColumn.POSITION, ImportMessages.positionMissing(unitCode));
        }
        if (unitCode == null && !cells.invalid(PersonColumn.UNIT_CODE)
                && (position != null || role != null || cells.invalid(PersonColumn.ROLE))) {
            cells.error(PersonColumn.UNIT_CODE, ImportMessages.unitMissingForPosition());
        }

        String gradeCode = cells.text(PersonColumn.GRADE_CODE);
        cells.maxLength(PersonColumn.GRADE_CODE, gradeCode, GRADE_CODE_MAX);
        LocalDate gradeDate = cells.date(PersonColumn.GRADE_DATE);
        if (gradeCode != null && gradeDate == null && !cells.invalid(PersonColumn.GRADE_DATE)) {
            cells.error(PersonColumn.GRADE_DATE, ImportMessages.gradeDateMissing(gradeCode));
        }
        if (gradeCode == null && gradeDate != null && !cells.invalid(PersonColumn.GRADE_CODE)) {
            cells.error(PersonColumn.GRADE_CODE, ImportMessages.gradeCodeMissing());
        }
        if (gradeDate != null && birthDate != null && !gradeDate.isAfter(birthDate)) {
            cells.error(PersonColumn.GRADE_DATE, ImportMessages.gradeBeforeBirth(gradeDate, birthDate));
        }

        LocalDate effective = cells.date(PersonColumn.EFFECTIVE_DATE);

        return new PersonRow(record.rowNumber(), staffCode, fullName, birthDate, sex, ethnicity, minorityArea, category,
                standingCommittee, unitCode, position, role, gradeCode, gradeDate,
                effective == null ? today : effective, cells.invalid);
    }

    /** Reads the cells of one record and collects their problems. */
    private static final class Cells {

        private final RawRecord record;
        private final HeaderMatcher.Match<PersonColumn> header;
        private final List<ImportError> errors;
        final Set<PersonColumn> invalid = EnumSet.noneOf(PersonColumn.class);

        Cells(RawRecord record, HeaderMatcher.Match<PersonColumn> header, List<ImportError> errors) {
            this.record = record;
            this.header = header;
            this.errors = errors;
        }

        CellValue cell(PersonColumn column) {
            Integer index = header.columns().get(column);
            return index == null ? null : record.cell(index);
        }

        /** The cell's trimmed text, or null when blank; a formula cell is reported and reads as null. */
        String text(PersonColumn column) {
            CellValue cell = cell(column);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            if (cell.isFormula()) {
                formula(column, cell);
                return null;
            }
            return cell.display();
        }

        LocalDate date(PersonColumn column) {
            CellValue cell = cell(column);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            if (cell.isFormula()) {
                formula(column, cell);
                return null;
            }
            if (cell.date() != null) {
                return cell.date();
            }
            String text = cell.display().replace('-', '/').replace('.', '/').replace(" ", "");
            try {
                return LocalDate.parse(text, DMY);
            } catch (DateTimeParseException e) {
                error(column, ImportMessages.badDate(column.header(), cell.display()));
                return null;
            }
        }

        <T> T coded(PersonColumn column, java.util.function.Function<String, T> vocabulary, List<String> allowed) {
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

        void maxLength(PersonColumn column, String value, int max) {
            if (value != null && value.length() > max && !invalid.contains(column)) {
                error(column, ImportMessages.tooLong(column.header(), max));
            }
        }

        void requiredMissing(PersonColumn column) {
            if (!invalid.contains(column)) {
                error(column, ImportMessages.required(column.header()));
            }
        }

        boolean invalid(PersonColumn column) {
            return invalid.contains(column);
        }

        void error(PersonColumn column, String message) {
            CellValue cell = cell(column);
            invalid.add(column);
            errors.add(new ImportError(record.rowNumber(), column.header(), cell == null ? "" : cell.display(), message));
        }

        private void formula(PersonColumn column, CellValue cell) {
            if (invalid.add(column)) {
                errors.add(new ImportError(record.rowNumber(), column.header(), cell.display(),
                        ImportMessages.formula(cell.ref())));
            }
        }
    }
}
