package vn.danhgia.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.OutputStream;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.systemtests.support.Browsers;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.TestData;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestServer;

/**
 * An HR officer imports a small staff file: a bad row refuses the whole file and changes
 * nothing; the corrected file is imported; the new person is found by a name typed without
 * diacritics.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final Path OUTPUT = Path.of(System.getProperty("test.output.dir", "target/test-output"));
    private static final String[] HEADER = {"Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Mã đơn vị",
        "Chức vụ", "Vai trò", "Mã ngạch/hạng", "Ngày bổ nhiệm ngạch"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    @DisplayName("Import: a file with one bad row is refused with a per-row report and changes nothing; fixed, it is imported")
    void importFixAndFind() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestData.ensureDemo(c);
        }
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        Files.createDirectories(OUTPUT);
        Path bad = workbook(OUTPUT.resolve("import-bad.xlsx"), tag, "KHONG-CO");
        Path good = workbook(OUTPUT.resolve("import-good.xlsx"), tag, "UB-PNV");

        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright);
             BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            page.navigate(TestServer.APP + "/organization/import.xhtml");

            page.locator("#importForm\\:file_input").setInputFiles(bad);
            assertThat(page.locator("[id='importForm:errors']")).containsText("Không có đơn vị mã KHONG-CO");
            assertThat(page.locator("#importForm\\:confirmImport")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("10-import-errors.png")).setFullPage(true));
            assertEquals(0, peopleWithCodePrefix("IT" + tag), "a refused file changes nothing");

            page.navigate(TestServer.APP + "/organization/import.xhtml");
            page.locator("#importForm\\:file_input").setInputFiles(good);
            page.locator("#importForm\\:confirmImport").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("[id='importForm:result']")).containsText("3");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("11-import-done.png")).setFullPage(true));
            assertEquals(3, peopleWithCodePrefix("IT" + tag));

            page.navigate(TestServer.APP + "/organization/staff.xhtml");
            page.locator("#staffForm\\:name").pressSequentially("nguyen van thu " + tag.toLowerCase());
            assertThat(page.locator("[id='staffForm:staffTable_data'] tr")).hasCount(1);
            assertThat(page.locator("[id='staffForm:staffTable_data']")).containsText("Nguyễn Văn Thử " + tag);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("12-staff-search.png")).setFullPage(true));

            page.getByText("Nguyễn Văn Thử " + tag).click();
            assertThat(page.locator("h1.dg-title")).hasText("Nguyễn Văn Thử " + tag);
            assertThat(page.locator("[id='tabs:staffCode']")).hasText("IT" + tag + "1");
            page.locator("#authorityLink").click();
            assertThat(page.locator("[id='authorityForm:assignments']")).containsText("Quyết định");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("13-authority.png")).setFullPage(true));

            page.locator("[id='authorityForm:overridePanel'] legend").click();
            page.locator("[id='authorityForm:collective']").fill("Hội đồng thử nghiệm " + tag);
            page.locator("[id='authorityForm:reason']").fill("Thử ghi đè từ màn hình");
            page.locator("[id='authorityForm:saveOverride']").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("[id='authorityForm:assignments']")).containsText("Hội đồng thử nghiệm " + tag);
            assertThat(page.locator("[id='authorityForm:assignments']")).containsText("Ghi đè");
        }
    }

    @Test
    @DisplayName("ORG-1 import of units through the API: an unknown parent refuses the file (422, nothing changed); fixed, the units are created in tree order")
    void unitsThroughApi() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestData.ensureDemo(c);
        }
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String header = "Mã đơn vị,Tên đơn vị,Loại cơ quan,Mã đơn vị cấp trên,Hiệu lực từ ngày\n";
        String child = "UC" + tag + ",Trường Tiểu học Thử " + tag + ",PRIMARY_SCHOOL,UP" + tag + ",01/09/2024\n";
        String bad = header + child + "UP" + tag + ",Phòng Thử " + tag + ",OFFICE,KHONG-CO,01/01/2024\n";
        String good = header + child + "UP" + tag + ",Phòng Thử " + tag + ",EDUCATION_OFFICE,UBND,01/01/2024\n";

        HttpResponse<String> refused = TestServer.postFileAsAdmin(TestServer.APP + "/api/v1/imports/units", "don-vi.csv",
                ("\uFEFF" + bad).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("KHONG-CO"), refused.body());
        assertEquals(0, count("SELECT COUNT(*) FROM org_unit WHERE code LIKE ?", "U_" + tag));

        HttpResponse<String> accepted = TestServer.postFileAsAdmin(TestServer.APP + "/api/v1/imports/units", "don-vi.csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, count("SELECT COUNT(*) FROM org_unit WHERE code = ? AND sort_path = ?", "UC" + tag,
                "UBND/UP" + tag + "/UC" + tag));
    }

    private static long count(String sql, String... parameters) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Path workbook(Path file, String tag, String unitOfSecondRow) throws Exception {
        String[][] rows = {
            {"IT" + tag + "1", "Nguyễn Văn Thử " + tag, "12/03/1985", "Nam", "Công chức", "UB-PNV", "Chuyên viên",
                "Thành viên", "01.003", "01/06/2015"},
            {"IT" + tag + "2", "Trần Thị Kiểm " + tag, "05/11/1990", "Nữ", "Công chức", unitOfSecondRow, "Chuyên viên",
                "Thành viên", "01.003", "01/09/2018"},
            {"IT" + tag + "3", "Lê Minh Tra " + tag, "20/01/1979", "Nam", "Công chức", "UB-PNV", "Phó Trưởng phòng",
                "Phó", "01.002", "15/04/2012"},
        };
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cán bộ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static long peopleWithCodePrefix(String prefix) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM org_person WHERE staff_code LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
