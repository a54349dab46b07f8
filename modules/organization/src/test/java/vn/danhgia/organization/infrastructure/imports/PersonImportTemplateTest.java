package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.RowOutcome;

class PersonImportTemplateTest {

    private static final List<PersonImportStore.Grade> GRADES = List.of(
            new PersonImportStore.Grade("01.003", "Chuyên viên", "CIVIL_SERVICE"),
            new PersonImportStore.Grade("V.07.02.05", "Giáo viên mầm non hạng III", "PROFESSIONAL_TITLE"));

    @Test
    @DisplayName("XLSX template: Vietnamese headers, one example row, a second sheet \"Hướng dẫn\" with every column and the grades")
    void xlsx() throws Exception {
        byte[] file = PersonImportTemplate.xlsx(GRADES, ImportSettings.DEFAULTS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Danh sách cán bộ", wb.getSheetName(0));
            assertEquals("Hướng dẫn", wb.getSheetName(1));
            Sheet data = wb.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            for (Cell c : data.getRow(0)) {
                headers.add(c.getStringCellValue());
            }
            assertEquals(Arrays.asList(Fixtures.HEADER.split(",")), headers);
            assertEquals("Nguyễn Thị Thu Hà", data.getRow(1).getCell(1).getStringCellValue());
            assertEquals(2, data.getPhysicalNumberOfRows());
            assertEquals(5, data.getDataValidations().size());
            String help = text(wb.getSheetAt(1));
            for (PersonColumn column : PersonColumn.values()) {
                assertTrue(help.contains(column.header()), column.header());
            }
            assertTrue(help.contains("Cán bộ, Công chức, Viên chức, Lao động hợp đồng, Không chuyên trách"));
            assertTrue(help.contains("Giáo viên mầm non hạng III"));
            assertTrue(help.contains("Tệp tối đa 5 MB và 20.000 dòng"));
        }
    }

    @Test
    @DisplayName("The templates read back through the import: header found, the example row planned as a creation")
    void templatesReadBack() {
        for (String name : List.of("mau.xlsx", "mau.csv")) {
            byte[] file = name.endsWith("xlsx") ? PersonImportTemplate.xlsx(GRADES, ImportSettings.DEFAULTS)
                    : PersonImportTemplate.csv();
            PersonImportCheck.Result r = new PersonImportCheck(ImportSettings.DEFAULTS, Fixtures.TODAY)
                    .check(name, file, Fixtures.state().loader());
            assertEquals("", Fixtures.describe(r.errors()), name);
            assertEquals(1, r.rowsTotal());
            assertEquals(RowOutcome.CREATE, r.firstRows().get(0).outcome());
        }
    }

    @Test
    @DisplayName("CSV template: UTF-8 with a byte order mark, header and example row")
    void csv() {
        String text = new String(PersonImportTemplate.csv(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMã cán bộ,Họ và tên,Ngày sinh"));
        assertEquals(2, text.strip().split("\r\n").length);
    }

    private static String text(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                out.append(c.getStringCellValue()).append('\n');
            }
        }
        return out.toString();
    }
}
