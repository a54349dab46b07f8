package vn.danhgia.organization.infrastructure.imports.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.organization.api.UnitKind;

/**
 * The template of a units file: sheet "Danh sách đơn vị" (header, one example row, text cells,
 * drop-down lists for Loại cơ quan and Khối) and sheet "Hướng dẫn" (each column; the kinds and
 * their blocks). The CSV template is the header and the example row, UTF-8 with BOM.
 */
public final class UnitImportTemplate {

    public static final String DATA_SHEET = "Danh sách đơn vị";
    public static final String HELP_SHEET = "Hướng dẫn";
    private static final int PREPARED_ROWS = 1_000;

    private UnitImportTemplate() {
    }

    public static byte[] csv() {
        List<String> headers = new ArrayList<>();
        List<String> example = new ArrayList<>();
        for (UnitColumn column : UnitColumn.values()) {
            headers.add(csvField(column.header()));
            example.add(csvField(column.example()));
        }
        String text = "\uFEFF" + String.join(",", headers) + "\r\n" + String.join(",", example) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            DataFormat format = wb.createDataFormat();
            text.setDataFormat(format.getFormat("@"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet data = wb.createSheet(DATA_SHEET);
            Row head = data.createRow(0);
            Row example = data.createRow(1);
            for (UnitColumn column : UnitColumn.values()) {
                int c = column.ordinal();
                cell(head, c, column.header() + (column.required() ? " (*)" : ""), header);
                cell(example, c, column.example(), text);
                data.setDefaultColumnStyle(c, text);
                data.setColumnWidth(c, Math.max(16, column.header().length() + 6) * 256);
            }
            data.setColumnWidth(UnitColumn.NAME.ordinal(), 36 * 256);
            data.createFreezePane(0, 1);

            Sheet help = wb.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 36 * 256);
            help.setColumnWidth(1, 30 * 256);
            help.setColumnWidth(2, 70 * 256);
            help.setColumnWidth(3, 40 * 256);
            int r = 0;
            cell(help.createRow(r++), 0, "HƯỚNG DẪN NHẬP DANH SÁCH ĐƠN VỊ", header);
            for (String rule : rules()) {
                cell(help.createRow(r++), 0, "• " + rule, null);
            }
            r++;
            Row columnsHead = help.createRow(r++);
            String[] titles = {"Cột", "Bắt buộc", "Ý nghĩa", "Giá trị cho phép / định dạng"};
            for (int i = 0; i < titles.length; i++) {
                cell(columnsHead, i, titles[i], header);
            }
            for (UnitColumn column : UnitColumn.values()) {
                Row row = help.createRow(r++);
                cell(row, 0, column.header(), header);
                cell(row, 1, column.required() ? "Có" : column == UnitColumn.KIND ? "Khi thêm đơn vị mới" : "Không", wrap);
                cell(row, 2, column.meaning(), wrap);
                cell(row, 3, column.allowed(), wrap);
            }
            r++;
            Row kindsHead = help.createRow(r++);
            cell(kindsHead, 0, "Loại cơ quan", header);
            cell(kindsHead, 1, "Mã", header);
            cell(kindsHead, 2, "Khối mặc định", header);
            int firstKindRow = r;
            for (UnitKind kind : UnitKind.values()) {
                Row row = help.createRow(r++);
                cell(row, 0, UnitVocabulary.label(kind), null);
                cell(row, 1, kind.name(), null);
                cell(row, 2, UnitVocabulary.label(kind.block()), null);
            }

            DataValidationHelper helper = data.getDataValidationHelper();
            int k = UnitColumn.KIND.ordinal();
            String kindRange = "'" + HELP_SHEET + "'!$A$" + (firstKindRow + 1) + ":$A$" + r;
            addValidation(data, helper.createValidation(helper.createFormulaListConstraint(kindRange),
                    new CellRangeAddressList(1, PREPARED_ROWS, k, k)), UnitColumn.KIND.header(),
                    "Chọn một loại cơ quan trong danh sách (xem trang " + HELP_SHEET + ").");
            int b = UnitColumn.BLOCK.ordinal();
            addValidation(data, helper.createValidation(
                    helper.createExplicitListConstraint(UnitVocabulary.blockChoices().toArray(String[]::new)),
                    new CellRangeAddressList(1, PREPARED_ROWS, b, b)), UnitColumn.BLOCK.header(),
                    "Chỉ nhận: " + String.join("; ", UnitVocabulary.blockChoices()));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> rules() {
        return List.of(
                "Mỗi dòng là một đơn vị, nhận ra theo Mã đơn vị; thứ tự cột tùy ý, các cột khác (ví dụ STT) được bỏ qua. "
                        + "Hãy xóa dòng ví dụ trước khi nhập.",
                "Đơn vị chưa có được thêm mới; đơn vị đã có chỉ cập nhật những giá trị khác dữ liệu đang lưu; ô để trống "
                        + "giữ nguyên giá trị đang lưu. Nhập lại cùng một tệp không thay đổi gì.",
                "Mã đơn vị cấp trên có thể là đơn vị khai ở dòng dưới trong cùng tệp; không được tạo vòng lặp.",
                "Tệp được kiểm tra toàn bộ: chỉ cần một dòng có lỗi thì không dữ liệu nào được ghi.",
                "Ngày ghi theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 01/01/2024.");
    }

    private static void addValidation(Sheet sheet, DataValidation validation, String title, String text) {
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, text);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains(";")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
