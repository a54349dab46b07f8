package vn.danhgia.evaluation.infrastructure.monthly;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyImportError;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules;

/**
 * The monthly-ratings file (RULES.md MON-1, MON-2) in the style of the organization module's people import: an .xlsx
 * template (sheet "Xếp loại tháng" pre-filled with the unit's people, sheet "Hướng dẫn"), and the strict reading of
 * an uploaded file into entries with a Vietnamese error per row and column. Formula cells are refused (a cached value
 * is never trusted); the header row is found among the first rows, columns in any order, headers compared without
 * case or diacritics. Pure: no container, no database — the people of the unit are passed in.
 */
public final class MonthlyImportFile {

    public static final String DATA_SHEET = "Xếp loại tháng";
    public static final String HELP_SHEET = "Hướng dẫn";
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The columns of the file, with their Vietnamese headers. */
    public enum Column {
        STAFF_CODE("Mã cán bộ"),
        FULL_NAME("Họ và tên"),
        SCORE("Điểm"),
        LEVEL("Xếp loại"),
        VIOLATIONS("Số lần vi phạm");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /** A person of the unit in the month, as the file is checked against. */
    public record Person(long personId, String staffCode, String fullName) {
    }

    /** A valid data row: its row number and the entry it gives. */
    public record Line(int row, String staffCode, MonthlyEntry entry) {
    }

    /**
     * What the file gives.
     *
     * @param lines   the rows with a score or a level (valid only when errors is empty)
     * @param total   data rows read (a staff code or any value)
     * @param skipped rows with a staff code but neither score, level nor violations
     */
    public record Parsed(List<Line> lines, int total, int skipped, List<MonthlyImportError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private MonthlyImportFile() {
    }

    /**
     * Reads and checks the file against the people of the unit (by staff code).
     *
     * @param people   the unit's people of the month
     * @param maxBytes largest file accepted
     * @param maxRows  most data rows accepted
     */
    public static Parsed parse(byte[] content, List<Person> people, MonRulePack pack, long maxBytes, int maxRows) {
        List<MonthlyImportError> errors = new ArrayList<>();
        if (content == null || content.length == 0) {
            return refused("Tệp rỗng: hãy chọn tệp Excel (.xlsx) theo mẫu.");
        }
        if (content.length > maxBytes) {
            return refused("Tệp lớn " + (content.length / 1024) + " KB, quá giới hạn " + (maxBytes / 1024)
                    + " KB.");
        }
        if (startsWith(content, OLE2)) {
            return refused("Tệp là Excel cũ (.xls) hoặc có mật khẩu: hãy lưu thành .xlsx không mật khẩu.");
        }
        if (!startsWith(content, ZIP)) {
            return refused("Không đọc được tệp: chỉ nhận tệp Excel .xlsx theo mẫu.");
        }
        Map<String, Person> byCode = new HashMap<>();
        for (Person p : people) {
            if (p.staffCode() != null && !p.staffCode().isBlank()) {
                byCode.put(fold(p.staffCode()), p);
            }
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = null;
            for (int i = 0; i < wb.getNumberOfSheets() && sheet == null; i++) {
                if (!fold(wb.getSheetName(i)).equals(fold(HELP_SHEET))) {
                    sheet = wb.getSheetAt(i);
                }
            }
            if (sheet == null) {
                return refused("Tệp không có trang dữ liệu \"" + DATA_SHEET + "\".");
            }
            // 1. the header row
            Map<Column, Integer> columns = null;
            int headerRow = -1;
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum()
                    + HEADER_SEARCH_ROWS) && columns == null; r++) {
                Map<Column, Integer> found = header(sheet.getRow(r));
                if (found.containsKey(Column.STAFF_CODE)) {
                    columns = found;
                    headerRow = r;
                }
            }
            if (columns == null) {
                return refused("Không tìm thấy dòng tiêu đề có cột \"" + Column.STAFF_CODE.header()
                        + "\" trong " + HEADER_SEARCH_ROWS + " dòng đầu: hãy dùng tệp mẫu.");
            }
            for (Column c : Column.values()) {
                if (!columns.containsKey(c)) {
                    errors.add(MonthlyImportError.ofFile("Thiếu cột \"" + c.header() + "\" ở dòng tiêu đề (dòng "
                            + (headerRow + 1) + ")."));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), 0, 0, errors);
            }
            // 2. the data rows
            List<Line> lines = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            int total = 0;
            int skipped = 0;
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, columns)) {
                    continue;
                }
                total++;
                if (total > maxRows) {
                    return refused("Tệp có hơn " + maxRows + " dòng dữ liệu; hãy chia nhỏ tệp.");
                }
                int rowNumber = r + 1;
                List<MonthlyImportError> rowErrors = new ArrayList<>();
                Map<Column, String> text = new EnumMap<>(Column.class);
                for (Column c : Column.values()) {
                    Cell cell = row.getCell(columns.get(c));
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        rowErrors.add(new MonthlyImportError(rowNumber, c.header(), "=" + cell.getCellFormula(),
                                "Ô " + cell.getAddress().formatAsString() + " chứa công thức; hãy sao chép rồi dán giá trị "
                                        + "(Paste Special → Values)."));
                        continue;
                    }
                    text.put(c, value(cell));
                }
                Line line = line(rowNumber, text, byCode, seen, pack, rowErrors);
                errors.addAll(rowErrors);
                if (rowErrors.isEmpty()) {
                    if (line == null) {
                        skipped++;
                    } else {
                        lines.add(line);
                    }
                }
            }
            if (errors.isEmpty() && lines.isEmpty()) {
                errors.add(MonthlyImportError.ofFile("Tệp không có dòng nào có điểm hoặc xếp loại."));
            }
            return new Parsed(errors.isEmpty() ? lines : List.of(), total, skipped, errors);
        } catch (IOException | RuntimeException e) {
            return refused("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
        }
    }

    /** The entry of one row, null when the row has no score, level nor violations; problems go to errors. */
    private static Line line(int row, Map<Column, String> text, Map<String, Person> byCode, Map<String, Integer> seen,
                             MonRulePack pack, List<MonthlyImportError> errors) {
        String code = text.get(Column.STAFF_CODE);
        String name = text.get(Column.FULL_NAME);
        Person person = null;
        if (code == null) {
            if (!text.containsKey(Column.STAFF_CODE)) {
                return null; // a formula, already reported
            }
            errors.add(new MonthlyImportError(row, Column.STAFF_CODE.header(), null, "Thiếu mã cán bộ."));
        } else {
            Integer earlier = seen.putIfAbsent(fold(code), row);
            if (earlier != null) {
                errors.add(new MonthlyImportError(row, Column.STAFF_CODE.header(), code, "Mã cán bộ " + code
                        + " trùng với dòng " + earlier + "; mỗi người chỉ một dòng."));
            }
            person = byCode.get(fold(code));
            if (person == null) {
                errors.add(new MonthlyImportError(row, Column.STAFF_CODE.header(), code, "Mã cán bộ " + code
                        + " không phải người của đơn vị trong tháng này; hãy tải lại tệp mẫu của đơn vị."));
            } else if (name == null) {
                if (text.containsKey(Column.FULL_NAME)) {
                    errors.add(new MonthlyImportError(row, Column.FULL_NAME.header(), null, "Thiếu họ và tên để đối "
                            + "chiếu (mã " + code + " là " + person.fullName() + ")."));
                }
            } else if (!fold(name).equals(fold(person.fullName()))) {
                errors.add(new MonthlyImportError(row, Column.FULL_NAME.header(), name, "Họ tên không khớp: mã "
                        + code + " là " + person.fullName() + "; hãy kiểm tra lại mã hoặc họ tên."));
            }
        }
        boolean formulas = text.size() < Column.values().length;
        String scoreText = text.get(Column.SCORE);
        String level = text.get(Column.LEVEL);
        String violationsText = text.get(Column.VIOLATIONS);
        if (scoreText == null && level == null && violationsText == null) {
            return null;
        }
        BigDecimal score = null;
        if (scoreText != null) {
            try {
                score = new BigDecimal(scoreText.replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.add(new MonthlyImportError(row, Column.SCORE.header(), scoreText, "Điểm \"" + scoreText
                        + "\" không phải là số; ghi số từ 0 đến 100, ví dụ 86 hoặc 86,5."));
            }
        }
        Integer violations = null;
        if (violationsText != null) {
            try {
                BigDecimal v = new BigDecimal(violationsText.replace(',', '.').replace(" ", ""));
                violations = v.intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                errors.add(new MonthlyImportError(row, Column.VIOLATIONS.header(), violationsText, "Số lần vi phạm \""
                        + violationsText + "\" không phải là số nguyên."));
            }
        }
        long id = person == null ? 1 : person.personId();
        if (score != null) {
            MonthlyEntryRules.problems(new MonthlyEntry(id, score, 0, null, null), pack)
                    .forEach(p -> errors.add(new MonthlyImportError(row, Column.SCORE.header(), scoreText, p)));
        }
        if (level != null) {
            MonthlyEntryRules.problems(new MonthlyEntry(id, null, 0, level, null), pack)
                    .forEach(p -> errors.add(new MonthlyImportError(row, Column.LEVEL.header(), level, p)));
        }
        if (violations != null) {
            MonthlyEntryRules.problems(new MonthlyEntry(id, null, violations, "HT", null), pack)
                    .forEach(p -> errors.add(new MonthlyImportError(row, Column.VIOLATIONS.header(), violationsText, p)));
        }
        if (score != null && level != null) {
            errors.add(new MonthlyImportError(row, null, null, "Chỉ ghi một trong hai: điểm hoặc xếp loại trực tiếp."));
        } else if (score == null && level == null && scoreText == null && !formulas) {
            errors.add(new MonthlyImportError(row, null, null, "Có số lần vi phạm nhưng chưa có điểm hoặc xếp loại."));
        }
        if (!errors.isEmpty() || person == null) {
            return null;
        }
        return new Line(row, person.staffCode(), new MonthlyEntry(person.personId(), score,
                violations == null ? 0 : violations, level == null ? null : level.toUpperCase(Locale.ROOT), null));
    }

    private static Map<Column, Integer> header(Row row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (row == null) {
            return found;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            String key = fold(cell.getStringCellValue());
            for (Column c : Column.values()) {
                if (key.equals(fold(c.header())) && !found.containsKey(c)) {
                    found.put(c, cell.getColumnIndex());
                }
            }
        }
        return found;
    }

    private static boolean blank(Row row, Map<Column, Integer> columns) {
        for (int c : columns.values()) {
            Cell cell = row.getCell(c);
            if (cell != null && (cell.getCellType() == CellType.FORMULA || value(cell) != null)) {
                return false;
            }
        }
        return true;
    }

    /** The cell's value as text (a number without a binary tail: 86.5, not 86.49999), or null when blank. */
    private static String value(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Lower case, without diacritics (đ → d), blanks collapsed: how codes, names and headers are compared. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return n.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Parsed refused(String message) {
        return new Parsed(List.of(), 0, 0, List.of(MonthlyImportError.ofFile(message)));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The template of a unit and month: the header, one row per person (staff code, name, current score or level
     * and violations), text-formatted code and level cells, a drop-down list of levels; sheet "Hướng dẫn".
     */
    public static byte[] template(String unitName, int year, int month, List<MonthlyRatingRow> rows, MonRulePack pack,
                                  long maxBytes, int maxRows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle textStyle = wb.createCellStyle();
            textStyle.setDataFormat(textFormat);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet sheet = wb.createSheet(DATA_SHEET);
            Row head = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(header);
            }
            sheet.setColumnWidth(Column.STAFF_CODE.ordinal(), 14 * 256);
            sheet.setColumnWidth(Column.FULL_NAME.ordinal(), 30 * 256);
            sheet.setColumnWidth(Column.SCORE.ordinal(), 10 * 256);
            sheet.setColumnWidth(Column.LEVEL.ordinal(), 12 * 256);
            sheet.setColumnWidth(Column.VIOLATIONS.ordinal(), 16 * 256);
            sheet.setDefaultColumnStyle(Column.STAFF_CODE.ordinal(), textStyle);
            sheet.setDefaultColumnStyle(Column.LEVEL.ordinal(), textStyle);
            int r = 1;
            for (MonthlyRatingRow p : rows) {
                if (p.staffCode() == null || p.staffCode().isBlank()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                Cell code = row.createCell(Column.STAFF_CODE.ordinal());
                code.setCellValue(p.staffCode());
                code.setCellStyle(textStyle);
                row.createCell(Column.FULL_NAME.ordinal()).setCellValue(p.fullName());
                if (p.rated()) {
                    if (p.enteredDirectly()) {
                        Cell level = row.createCell(Column.LEVEL.ordinal());
                        level.setCellValue(p.level());
                        level.setCellStyle(textStyle);
                    } else if (p.score() != null) {
                        row.createCell(Column.SCORE.ordinal()).setCellValue(p.score().doubleValue());
                    }
                    if (p.violations() > 0) {
                        row.createCell(Column.VIOLATIONS.ordinal()).setCellValue(p.violations());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation levels = helper.createValidation(helper.createExplicitListConstraint(
                    new String[]{"HTXS", "HTT", "HT", "KHT"}), new CellRangeAddressList(1, Math.max(r, 2) + 200,
                    Column.LEVEL.ordinal(), Column.LEVEL.ordinal()));
            levels.setShowErrorBox(true);
            levels.setEmptyCellAllowed(true);
            levels.createErrorBox(Column.LEVEL.header(), "Chỉ nhận: HTXS, HTT, HT, KHT");
            sheet.addValidationData(levels);

            Sheet help = wb.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 110 * 256);
            int h = 0;
            Row title = help.createRow(h++);
            title.createCell(0).setCellValue("HƯỚNG DẪN NHẬP XẾP LOẠI HẰNG THÁNG — " + unitName + ", tháng " + month
                    + "/" + year);
            title.getCell(0).setCellStyle(header);
            for (String rule : rules(pack, maxBytes, maxRows)) {
                Row row = help.createRow(h);
                Cell cell = row.createCell(0);
                cell.setCellValue("• " + rule);
                cell.setCellStyle(wrap);
                h++;
            }
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> rules(MonRulePack pack, long maxBytes, int maxRows) {
        return List.of(
                "Mỗi dòng là một người của đơn vị trong tháng, nhận ra theo Mã cán bộ; Họ và tên dùng để đối chiếu "
                        + "và phải khớp với mã. Không thêm người ngoài danh sách của đơn vị.",
                "Ghi một trong hai: Điểm (từ " + pack.minScore().toPlainString() + " đến " + pack.maxScore()
                        .toPlainString() + ", tối đa 2 chữ số thập phân; xếp loại được suy ra) hoặc Xếp loại nhập trực "
                        + "tiếp (HTXS, HTT, HT, KHT). Dòng không có điểm và xếp loại được bỏ qua.",
                "Số lần vi phạm quy tắc ứng xử trong tháng: mỗi lần trừ " + pack.pointsPerViolation().toPlainString()
                        + " điểm, tối đa " + pack.maxDeductionPerMonth().toPlainString() + " điểm/tháng (MON-2).",
                "Tệp được kiểm tra toàn bộ: chỉ cần một dòng có lỗi thì không xếp loại nào được lưu, và hệ thống trả "
                        + "về danh sách lỗi theo dòng, cột.",
                "Dòng giống xếp loại đang lưu không được lưu lại; dòng khác xếp loại đang lưu được lưu thành lần mới "
                        + "(lần cũ giữ nguyên) và cần ghi lý do khi nhập.",
                "Không dùng công thức: hãy sao chép rồi dán giá trị (Paste Special → Values).",
                "Tệp Excel .xlsx, tối đa " + (maxBytes / 1024) + " KB và " + maxRows + " dòng.");
    }
}
