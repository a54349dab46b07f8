package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTest {

    private static RawTable read(byte[] content) {
        return XlsxTableReader.read(content, 1000);
    }

    @Test
    @DisplayName("Text, number, real date and boolean cells; numbers read as Excel displays them")
    void cellTypes() {
        byte[] file = Fixtures.xlsx(List.of(
                List.of("Mã cán bộ", "Họ và tên", "Ngày sinh", "Diện BTV quản lý"),
                List.of(1234, "Nguyễn Thị Thu Hà", LocalDate.of(1985, 3, 15), true),
                List.of("CB002", "Trần Văn Đức", "02/09/1970", false)));
        RawTable table = read(file);
        assertEquals(3, table.recordCount());
        RawRecord ha = table.records().get(1);
        assertEquals(2, ha.rowNumber());
        assertEquals("1234", ha.cell(0).text());
        assertEquals("Nguyễn Thị Thu Hà", ha.cell(1).text());
        assertEquals(LocalDate.of(1985, 3, 15), ha.cell(2).date());
        assertEquals("15/03/1985", ha.cell(2).display());
        assertEquals("TRUE", ha.cell(3).text());
        assertEquals("C2", ha.cell(2).ref());
        RawRecord duc = table.records().get(2);
        assertNull(duc.cell(2).date());
        assertEquals("02/09/1970", duc.cell(2).text());
    }

    @Test
    @DisplayName("Formula cells are recognised as formulas, with their cell reference")
    void formulas() {
        byte[] file = Fixtures.xlsx(List.of(
                List.of("Mã cán bộ", "Họ và tên", "Ngày sinh"),
                List.of("CB001", "Hà", "15/03/1985"),
                List.of("CB002", "Đức", "=DATE(1970,9,2)")));
        CellValue cell = read(file).records().get(2).cell(2);
        assertTrue(cell.isFormula());
        assertEquals("C3", cell.ref());
        assertEquals("=DATE(1970,9,2)", cell.display());
        assertFalse(read(file).records().get(1).cell(2).isFormula());
    }

    @Test
    @DisplayName("Blank rows and gaps: rows keep their spreadsheet numbers, missing cells are absent")
    void blankRowsAndGaps() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Mã cán bộ");
            header.createCell(3).setCellValue("Họ và tên");
            sheet.createRow(3).createCell(0).setCellValue("  ");
            Row data = sheet.createRow(5);
            data.createCell(0).setCellValue("CB001");
            data.createCell(3).setCellValue("Hà");
            wb.write(out);
            RawTable table = read(out.toByteArray());
            assertEquals(3, table.recordCount());
            assertEquals(Arrays.asList(1, 3, 6), table.records().stream().map(RawRecord::rowNumber).toList());
            assertNull(table.records().get(2).cell(1));
            assertEquals("D6", table.records().get(2).cell(3).ref());
        }
    }

    @Test
    @DisplayName("Only the first sheet is read")
    void firstSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Một").createRow(0).createCell(0).setCellValue("first");
            wb.createSheet("Hai").createRow(0).createCell(0).setCellValue("second");
            wb.write(out);
            assertEquals("first", read(out.toByteArray()).records().get(0).cell(0).text());
        }
    }

    @Test
    @DisplayName("The template's instruction sheet is skipped even when moved first")
    void helpSheetSkipped() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("help");
            wb.createSheet("Danh sách cán bộ").createRow(0).createCell(0).setCellValue("data");
            wb.write(out);
            assertEquals("data", read(out.toByteArray()).records().get(0).cell(0).text());
        }
    }

    @Test
    @DisplayName("A workbook without sheets reads as an empty table")
    void noSheets() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            assertEquals(0, read(out.toByteArray()).recordCount());
        }
    }

    @Test
    @DisplayName("A damaged workbook is refused with a clear message")
    void damaged() {
        byte[] file = Fixtures.xlsx(List.of(List.of("a")));
        byte[] truncated = Arrays.copyOf(file, file.length / 2);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> read(truncated));
        assertEquals("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.", e.getMessage());
    }
}
