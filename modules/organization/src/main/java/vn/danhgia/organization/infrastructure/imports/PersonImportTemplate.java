package vn.danhgia.organization.infrastructure.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.organization.api.imports.ImportSettings;

/**
 * The template of a people file: sheet "Danh sách cán bộ" with the Vietnamese header row, one
 * example row, text-formatted cells (so Excel keeps "01.003" and "15/03/1985" as typed) and
 * drop-down lists for coded columns; sheet "Hướng dẫn" explaining each column, its allowed values
 * and the grade catalogue. The CSV template is the header and the example row (UTF-8 with BOM,
 * so that Excel shows the Vietnamese letters).
 */
public final class PersonImportTemplate {

    public static final String DATA_SHEET = "Danh sách cán bộ";
    public static final String HELP_SHEET = "Hướng dẫn";

    /** Rows prepared with text format and drop-down lists. */
    private static final int PREPARED_ROWS = 2_000;

    private PersonImportTemplate() {
    }

    public static byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> headers = new ArrayList<>();
        List<String> example = new ArrayList<>();
        for (PersonColumn column : PersonColumn.values()) {
            headers.add(csvField(column.header()));
            example.add(csvField(column.example()));
        }
        out.append(String.join(",", headers)).append("\r\n");
        out.append(String.join(",", example)).append("\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<PersonImportStore.Grade> grades, ImportSettings settings) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            dataSheet(wb, styles);
            helpSheet(wb, styles, grades, settings);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook wb, Styles styles) {
        Sheet sheet = wb.createSheet(DATA_SHEET);
        PersonColumn[] columns = PersonColumn.values();
        Row header = sheet.createRow(0);
        Row example = sheet.createRow(1);
        for (PersonColumn column : columns) {
            int c = column.ordinal();
            Cell h = header.createCell(c);
            h.setCellValue(column.header());
            h.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            Cell e = example.createCell(c);
            e.setCellValue(column.example());
            e.setCellStyle(styles.text);
            sheet.setDefaultColumnStyle(c, styles.text);
            sheet.setColumnWidth(c, Math.max(14, Math.min(40, column.header().length() + 6)) * 256);
        }
        sheet.setColumnWidth(PersonColumn.FULL_NAME.ordinal(), 28 * 256);
        sheet.setColumnWidth(PersonColumn.POSITION.ordinal(), 24 * 256);
        sheet.createFreezePane(0, 1);

        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, PersonColumn.SEX, Vocabulary.SEX_LABELS);
        list(sheet, helper, PersonColumn.MINORITY_AREA, Vocabulary.YES_NO_LABELS);
        list(sheet, helper, PersonColumn.CATEGORY, Vocabulary.CATEGORY_LABELS);
        list(sheet, helper, PersonColumn.STANDING_COMMITTEE, Vocabulary.YES_NO_LABELS);
        list(sheet, helper, PersonColumn.ROLE, Vocabulary.ROLE_LABELS);
    }

    private static void list(Sheet sheet, DataValidationHelper helper, PersonColumn column, List<String> values) {
        int c = column.ordinal();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, PREPARED_ROWS, c, c));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), "Chỉ nhận: " + String.join(", ", values));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void helpSheet(XSSFWorkbook wb, Styles styles, List<PersonImportStore.Grade> grades,
                                  ImportSettings settings) {
        Sheet sheet = wb.createSheet(HELP_SHEET);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 50 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        int r = 0;
        cell(sheet.createRow(r++), 0, "HƯỚNG DẪN NHẬP DANH SÁCH CÁN BỘ", styles.title);
        r++;
        for (String rule : rules(settings)) {
            Row row = sheet.createRow(r);
            cell(row, 0, "• " + rule, styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
            row.setHeightInPoints(15f * (1 + rule.length() / 150));
            r++;
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] headers = {"Cột", "Bắt buộc", "Ý nghĩa", "Giá trị cho phép / định dạng", "Ví dụ"};
        for (int i = 0; i < headers.length; i++) {
            cell(head, i, headers[i], styles.header);
        }
        for (PersonColumn column : PersonColumn.values()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, column.header(), styles.boldWrap);
            cell(row, 1, requiredText(column), styles.wrap);
            cell(row, 2, column.meaning(), styles.wrap);
            cell(row, 3, column.allowed(), styles.wrap);
            cell(row, 4, column.example(), styles.wrap);
        }
        r++;
        cell(sheet.createRow(r++), 0, "DANH MỤC NGẠCH, HẠNG CHỨC DANH NGHỀ NGHIỆP", styles.title);
        Row gradeHead = sheet.createRow(r++);
        cell(gradeHead, 0, "Mã ngạch/hạng", styles.header);
        cell(gradeHead, 1, "Loại", styles.header);
        cell(gradeHead, 2, "Tên", styles.header);
        for (PersonImportStore.Grade grade : grades) {
            Row row = sheet.createRow(r++);
            cell(row, 0, grade.code(), styles.wrap);
            cell(row, 1, "CIVIL_SERVICE".equals(grade.kind()) ? "Ngạch công chức" : "Hạng chức danh nghề nghiệp",
                    styles.wrap);
            cell(row, 2, grade.name(), styles.wrap);
        }
    }

    static List<String> rules(ImportSettings settings) {
        return List.of(
                "Mỗi dòng là một cán bộ, nhận ra theo Mã cán bộ. Dòng tiêu đề ghi tên cột như trang \"" + DATA_SHEET
                        + "\"; thứ tự cột tùy ý, không phân biệt chữ hoa, chữ thường hay dấu; các cột khác (ví dụ STT) "
                        + "được bỏ qua. Hãy xóa dòng ví dụ trước khi nhập.",
                "Cán bộ chưa có: được thêm mới cùng quá trình công tác và ngạch/hạng. Cán bộ đã có: chỉ những giá trị "
                        + "khác dữ liệu đang lưu được cập nhật và có ghi lịch sử (ai, khi nào, từ tệp nào); ô để trống "
                        + "giữ nguyên giá trị đang lưu. Nhập lại cùng một tệp không thay đổi gì.",
                "Tệp được kiểm tra toàn bộ: chỉ cần một dòng có lỗi thì không dữ liệu nào được ghi, và hệ thống trả "
                        + "về danh sách lỗi theo dòng, cột.",
                "Ngày ghi theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 15/03/1985, hoặc dùng ô kiểu ngày.",
                "Không dùng công thức: hãy sao chép rồi dán giá trị (Paste Special → Values).",
                "Đổi đơn vị, chức vụ hoặc vai trò: ghi giá trị mới và Ngày hiệu lực; quá trình công tác đang có kết thúc "
                        + "vào ngày đó. Đổi ngạch/hạng: ghi mã mới và Ngày bổ nhiệm ngạch (sau ngày bổ nhiệm ngạch hiện tại).",
                "Tệp tối đa " + settings.maxFileSizeText() + " và " + ImportMessages.number(settings.maxRows())
                        + " dòng; nhận tệp Excel .xlsx hoặc tệp .csv mã UTF-8 (phân cách bằng dấu phẩy hoặc chấm phẩy).");
    }

    private static String requiredText(PersonColumn column) {
        return switch (column) {
            case STAFF_CODE, FULL_NAME -> "Có";
            case BIRTH_DATE, SEX, CATEGORY, UNIT_CODE -> "Khi thêm cán bộ mới";
            case POSITION -> "Khi có Mã đơn vị";
            case GRADE_DATE -> "Khi có Mã ngạch/hạng";
            default -> "Không";
        };
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains(";")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Cell styles of the template. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle boldWrap;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            Font boldRed = wb.createFont();
            boldRed.setBold(true);
            boldRed.setColor(IndexedColors.DARK_RED.getIndex());
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);

            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setDataFormat(textFormat);

            requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFont(boldRed);

            text = wb.createCellStyle();
            text.setDataFormat(textFormat);

            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            wrap.setDataFormat(textFormat);

            boldWrap = wb.createCellStyle();
            boldWrap.cloneStyleFrom(wrap);
            boldWrap.setFont(bold);

            title = wb.createCellStyle();
            title.setFont(big);
        }
    }
}
