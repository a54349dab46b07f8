package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.systemtests.support.Browsers;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.PdfAssertions;
import vn.danhgia.systemtests.support.TestData;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestServer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The deployed EAR seen from outside: a real Chromium logs in, opens the unit list, switches
 * language and downloads the PDF; the API answers unauthenticated calls with JSON.
 */
@ExtendWith(ArquillianExtension.class)
class WebIT {

    private static final Path OUTPUT = Path.of(System.getProperty("test.output.dir", "target/test-output"));

    private static Playwright playwright;
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(OUTPUT);
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static com.microsoft.playwright.Locator cell(Page page, String text) {
        return page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    @Test
    @DisplayName("A call to /api/v1 without a session gets 401 and a JSON error in Vietnamese")
    void apiWithoutSession() throws Exception {
        HttpResponse<String> response = TestServer.get(TestServer.APP + "/api/v1/units");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"code\":\"UNAUTHENTICATED\""), response.body());
        assertTrue(response.body().contains("Bạn cần đăng nhập"), response.body());
    }

    @Test
    @DisplayName("PRO-7 preview API: all criteria at 10 is professional; a 7.3 is refused with the reason; nothing saved")
    void professionalismPreview() throws Exception {
        StringBuilder scores = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            scores.append(i > 1 ? "," : "").append("{\"criterion\":").append(i).append(",\"score\":")
                    .append("10").append('}');
        }
        String sheet = "{\"form\":\"04\",\"scores\":[" + scores + "],\"monthlyRatings\":[\"HTXS\",\"HTT\",\"HTT\"],"
                + "\"disciplineInForce\":false,\"underInspection\":false,\"violationFoundByInspection\":false,"
                + "\"absenceWorkingDays\":0}";
        HttpResponse<String> ok = TestServer.postJsonAsAdmin(TestServer.APP + "/api/v1/evaluation/preview", sheet);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"outcome\":\"PROFESSIONAL\""), ok.body());

        HttpResponse<String> bad = TestServer.postJsonAsAdmin(TestServer.APP + "/api/v1/evaluation/preview",
                sheet.replace("{\"criterion\":30,\"score\":10}", "{\"criterion\":30,\"score\":7.3}"));
        assertTrue(bad.body().contains("INVALID_INPUT"), bad.body());
        assertTrue(bad.body().contains("7,3"), bad.body());
    }

    @Test
    @DisplayName("A page without a session redirects to the login page")
    void pageWithoutSession() throws Exception {
        HttpResponse<String> response = TestServer.get(TestServer.APP + "/organization/units.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    @DisplayName("The readiness check is UP while the database answers, and the OpenAPI document lists the API")
    void healthAndOpenApi() throws Exception {
        HttpResponse<String> health = TestServer.get(TestServer.ROOT + "/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        HttpResponse<String> openApi = TestServer.get(TestServer.ROOT + "/openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/v1/units"), openApi.body());
    }

    @Test
    @DisplayName("A wrong password is refused with a Vietnamese message and written to the audit log")
    void badLogin() throws Exception {
        try (var context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(TestServer.APP + "/login.xhtml");
            Browsers.submitLogin(page, "admin", "sai-mat-khau");
            assertThat(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).isVisible();
        }
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM plt_audit_log WHERE action = 'LOGIN_FAILED' AND actor = 'admin'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1, "failed login not audited");
        }
    }

    @Test
    @DisplayName("A user logs in, sees the unit list, switches to English and downloads the official PDF")
    void browserJourney() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TestData.ensureDemo(c);
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("vi-VN"));
             Page page = context.newPage()) {
            page.navigate(TestServer.APP + "/organization/units.xhtml");
            assertTrue(page.url().contains("/login.xhtml"), page.url());
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("01-login.png")));
            Browsers.submitLogin(page, TestServer.ADMIN_USER, TestServer.ADMIN_PASSWORD);

            assertThat(page.locator("h1.dg-title")).hasText("Danh sách đơn vị");
            assertThat(cell(page, "Quận ủy Long Biên").first()).isVisible();
            var nameFilter = page.locator("#unitsForm\\:views\\:unitsTable input.ui-column-filter").first();
            nameFilter.fill("Nội vụ");
            nameFilter.dispatchEvent("keyup");
            assertThat(page.locator("#unitsForm\\:views\\:unitsTable_data tr")).hasCount(1);
            assertThat(cell(page, "Phòng Nội vụ").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("02-units-vi.png")).setFullPage(true));

            page.locator("[id='unitsForm:views:treeTab_header']").click();
            assertThat(page.locator("[id='unitsForm:views:unitTree']")).containsText("Quận ủy Long Biên");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("02b-unit-tree.png")).setFullPage(true));

            page.locator("#headerForm\\:langEn").click();
            assertThat(page.locator("h1.dg-title")).hasText("Units");
            assertThat(page.locator("#unitsForm\\:downloadPdf")).containsText("Download PDF");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("03-units-en.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.locator("#unitsForm\\:downloadPdf").click());
            Path pdfFile = OUTPUT.resolve("units-from-screen.pdf");
            download.saveAs(pdfFile);
            byte[] pdf = Files.readAllBytes(pdfFile);
            PdfAssertions.assertContainsAll(pdf, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "PHÒNG NỘI VỤ", "DANH SÁCH ĐƠN VỊ", "Phòng Tư pháp", "Trang 1/");
            PdfAssertions.assertAllFontsEmbedded(pdf);

            Download xlsx = page.waitForDownload(() -> page.locator("#unitsForm\\:exportXlsx").click());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.createReadStream())) {
                var sheet = workbook.getSheetAt(0);
                boolean found = false;
                for (var row : sheet) {
                    for (var cell : row) {
                        found |= "Phòng Nội vụ".equals(cell.toString());
                    }
                }
                assertTrue(found, "the exported unit list holds the filtered unit");
            }

            var api = page.request().get(TestServer.APP + "/api/v1/units/report.pdf");
            assertEquals(200, api.status());
            assertTrue(api.headers().get("content-type").startsWith("application/pdf"), api.headers().toString());
            PdfAssertions.assertContainsAll(api.body(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trường Mầm non Hoa Sữa");

            var json = page.request().get(TestServer.APP + "/api/v1/units");
            assertEquals(200, json.status());
            assertTrue(json.text().contains("\"name\":\"Phòng Giáo dục và Đào tạo\""), json.text());

            page.locator("#headerForm\\:langVi").click();
            page.navigate(TestServer.APP + "/admin/holidays.xhtml");
            assertThat(page.locator("h1.dg-title")).hasText("Lịch ngày nghỉ, ngày làm bù");
            assertThat(page.locator("[id='holidaysForm:holidays']")).containsText("Quốc khánh");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("04-holidays.png")).setFullPage(true));
            page.navigate(TestServer.APP + "/evaluation/monthly.xhtml");
            assertThat(page.locator("h1.dg-title")).hasText("Xếp loại hằng tháng");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("05-monthly.png")).setFullPage(true));

            page.locator("#headerForm\\:logout").click();
            assertTrue(page.url().contains("/login.xhtml"), page.url());
        }
    }
}
