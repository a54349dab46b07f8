package vn.danhgia.evaluation.infrastructure.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.api.monthly.MonthlyImportError;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.infrastructure.MonRulePackLoader;

class MonthlyImportFileTest {

    private static final MonRulePack PACK = MonRulePackLoader.defaultPack();
    private static final List<MonthlyImportFile.Person> PEOPLE = List.of(
            new MonthlyImportFile.Person(11, "TP.001", "Nguyễn Văn An"),
            new MonthlyImportFile.Person(12, "TP.002", "Trần Thị Bình"),
            new MonthlyImportFile.Person(13, "TP.003", "Lê Đức Cường"));

    @Test
    @DisplayName("MON-2: a valid file gives one entry per row with a score or a level; empty rows are skipped")
    void validFile() throws Exception {
        byte[] file = xlsx(new Object[][]{
                {"TP.001", "Nguyễn Văn An", 92, null, 3},
                {"tp.002", "TRẦN THI BINH", null, "htt", null},
                {"TP.003", "Lê Đức Cường", null, null, null}});
        MonthlyImportFile.Parsed parsed = parse(file);
        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(3, parsed.total());
        assertEquals(1, parsed.skipped());
        assertEquals(2, parsed.lines().size());
        assertEquals(11, parsed.lines().get(0).entry().personId());
        assertEquals(0, new BigDecimal("92").compareTo(parsed.lines().get(0).entry().score()));
        assertEquals(3, parsed.lines().get(0).entry().violations());
        assertEquals("HTT", parsed.lines().get(1).entry().level());
        assertNull(parsed.lines().get(1).entry().score());
    }

    @Test
    @DisplayName("MON-1: a level other than HTXS, HTT, HT, KHT refuses the file, naming row and column")
    void badLevel() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{
                {"TP.001", "Nguyễn Văn An", 80, null, null},
                {"TP.002", "Trần Thị Bình", null, "Tốt", null}}));
        assertFalse(parsed.ok());
        assertTrue(parsed.lines().isEmpty(), "all or nothing");
        MonthlyImportError e = parsed.errors().get(0);
        assertEquals(3, e.row());
        assertEquals("Xếp loại", e.column());
        assertTrue(e.message().contains("không hợp lệ"), e.message());
    }

    @Test
    @DisplayName("MON-2: a score of 101 is outside the 0–100 scale")
    void score101() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{{"TP.001", "Nguyễn Văn An", 101, null, null}}));
        assertFalse(parsed.ok());
        MonthlyImportError e = parsed.errors().get(0);
        assertEquals(2, e.row());
        assertEquals("Điểm", e.column());
        assertTrue(e.message().contains("101") && e.message().contains("100"), e.message());
    }

    @Test
    @DisplayName("a formula cell is refused, never its cached value")
    void formula() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{{"TP.001", "Nguyễn Văn An", "=80+5", null, null}}));
        assertFalse(parsed.ok());
        MonthlyImportError e = parsed.errors().get(0);
        assertEquals("Điểm", e.column());
        assertTrue(e.message().contains("công thức"), e.message());
        assertEquals("=80+5", e.value());
    }

    @Test
    @DisplayName("a staff code that is not a person of the unit in the month is refused")
    void unknownStaffCode() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{{"XX.999", "Ai Đó", 80, null, null}}));
        assertFalse(parsed.ok());
        assertEquals("Mã cán bộ", parsed.errors().get(0).column());
        assertTrue(parsed.errors().get(0).message().contains("XX.999"));
    }

    @Test
    @DisplayName("a person on two rows is refused on the second, naming the first")
    void duplicateRow() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{
                {"TP.001", "Nguyễn Văn An", 80, null, null},
                {"TP.001", "Nguyễn Văn An", 85, null, null}}));
        assertFalse(parsed.ok());
        assertEquals(1, parsed.errors().size());
        assertEquals(3, parsed.errors().get(0).row());
        assertTrue(parsed.errors().get(0).message().contains("dòng 2"), parsed.errors().get(0).message());
    }

    @Test
    @DisplayName("the full name must match the staff code; score and level together are refused")
    void nameAndBoth() throws Exception {
        MonthlyImportFile.Parsed parsed = parse(xlsx(new Object[][]{
                {"TP.001", "Nguyễn Văn Ba", 80, null, null},
                {"TP.002", "Trần Thị Bình", 80, "HT", null}}));
        assertEquals(2, parsed.errors().size(), parsed.errors().toString());
        assertEquals("Họ và tên", parsed.errors().get(0).column());
        assertEquals(3, parsed.errors().get(1).row());
    }

    @Test
    @DisplayName("not an .xlsx, or an empty file, is refused as a whole")
    void notXlsx() {
        assertEquals(0, parse("a,b,c".getBytes()).errors().get(0).row());
        assertFalse(parse(new byte[0]).ok());
    }

    @Test
    @DisplayName("the template lists the unit's people, has a \"Hướng dẫn\" sheet and reads back")
    void templateRoundTrip() throws Exception {
        List<MonthlyRatingRow> rows = List.of(
                new MonthlyRatingRow(11, "TP.001", "Nguyễn Văn An", "Chuyên viên", 1, new BigDecimal("86.50"), 1, "HTT",
                        false, "x", "MON v1", null, "it", null),
                new MonthlyRatingRow(12, "TP.002", "Trần Thị Bình", "Chuyên viên", null, null, 0, null, false, null, null,
                        null, null, null));
        byte[] template = MonthlyImportFile.template("Phòng Tư pháp", 2023, 8, rows, PACK, 1 << 20, 100);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(MonthlyImportFile.DATA_SHEET, wb.getSheetName(0));
            assertEquals(MonthlyImportFile.HELP_SHEET, wb.getSheetName(1));
        }
        MonthlyImportFile.Parsed parsed = parse(template);
        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(1, parsed.lines().size());
        assertEquals(0, new BigDecimal("86.5").compareTo(parsed.lines().get(0).entry().score()));
        assertEquals(1, parsed.skipped());
    }

    private static MonthlyImportFile.Parsed parse(byte[] file) {
        return MonthlyImportFile.parse(file, PEOPLE, PACK, 1 << 20, 100);
    }

    /** Header + rows; a String starting with "=" becomes a formula cell, numbers numeric cells. */
    static byte[] xlsx(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Xếp loại tháng");
            Row head = sheet.createRow(0);
            String[] headers = {"Mã cán bộ", "Họ và tên", "Điểm", "Xếp loại", "Số lần vi phạm"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String s && s.startsWith("=")) {
                        row.createCell(c).setCellFormula(s.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
