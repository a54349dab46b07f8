package vn.danhgia.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import vn.danhgia.systemtests.support.QuarterFixture;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestAccounts;
import vn.danhgia.systemtests.support.TestServer;

/**
 * The quarterly pages seen from a real Chromium on a small district of their own, set up as a district would be: the
 * fixture in the database, the quarter opened, scored, adjusted (PRO-10), ruled and published through the REST API as the
 * administrator. Checks the notice board (PRO-11 step 6, PUB-3) and its PDF, the dashboard's charts, and a reward
 * proposal (PRO-12) made on the rewards page by the unit head.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterPagesIT {

    private static final Path OUTPUT = Path.of(System.getProperty("test.output.dir", "target/test-output"));
    private static final String PREFIX = "QP1";
    private static final String PASSWORD = "Quarter-Pages-2026";
    private static final String STAFF_USER = "qp1-staff1";
    private static final String HEAD_USER = "qp1-head";

    private static Playwright playwright;
    private static Browser browser;
    private static District district;

    /** The district of this class, opened, scored, ruled and published once for all its tests. */
    private record District(QuarterFixture f, long quarterId, long openQuarterId, long staff1Sheet, long staff2Sheet) {
    }

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

    @Test
    @DisplayName("PRO-11 step 6, PUB-3: a person sees their unit's published notice with results in words, their own sheet link and the PDF")
    void noticeBoard() throws Exception {
        District d = district();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setLocale("vi-VN").setViewportSize(1400, 900)); Page page = context.newPage()) {
            List<String> errors = watchErrors(page);
            login(page, STAFF_USER);
            page.navigate(TestServer.APP + "/evaluation/notice.xhtml?quarter=" + d.quarterId());
            assertThat(page.locator("h1.dg-title")).hasText("Thông báo kết quả đánh giá");
            assertThat(page.locator("#noticeHead")).containsText("THÔNG BÁO KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ");
            assertThat(page.locator("#noticeHead")).containsText("Quý II năm 2023");
            assertThat(page.locator("#noticeHead")).containsText("Phòng Thử nghiệm " + PREFIX);

            Locator rows = page.locator("[id='noticeForm:people_data'] > tr");
            assertThat(rows).hasCount(4);
            assertThat(row(page, "Nguyễn Thị Ánh")).containsText("Chuyên nghiệp");
            assertThat(row(page, "Phạm Văn Bình")).containsText("Chuyên nghiệp");
            assertThat(row(page, "Phạm Văn Bình")).containsText("Đã điều chỉnh");
            assertThat(row(page, "Đỗ Thị Cúc")).containsText("Không chuyên nghiệp");
            assertThat(row(page, "Trần Văn Trưởng")).containsText("Không chuyên nghiệp");
            assertThat(page.locator("#counts")).containsText("Chuyên nghiệp: 2");
            assertThat(page.locator("#counts")).containsText("Không chuyên nghiệp: 2");
            assertFalse(page.content().contains("Hoàng Thị Em"), "another unit's people are not on this notice (PUB-3)");
            assertFalse(page.locator("[id='noticeForm:scope_input']").innerHTML().contains("Phòng Khác"),
                    "another unit is not offered as a scope");

            Locator ownLink = row(page, "Nguyễn Thị Ánh").locator("a[id$='ownSheet']");
            assertThat(ownLink).hasCount(1);
            assertTrue(ownLink.getAttribute("href").endsWith("/evaluation/sheet.xhtml?id=" + d.staff1Sheet()),
                    ownLink.getAttribute("href"));
            assertThat(page.locator("a[id$='ownSheet']")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-01-notice-unit.png")).setFullPage(true));

            // the block of the focal body (Phòng Nội vụ) the unit reports to
            choose(page, "noticeForm:scope", "Khối do Phòng Nội vụ " + PREFIX + " theo dõi");
            assertThat(rows).hasCount(6);
            assertThat(row(page, "Hoàng Thị Em")).containsText("Không đánh giá");
            assertThat(row(page, "Hoàng Thị Em")).containsText("PRO-8");
            assertThat(row(page, "Vũ Văn Đông")).containsText("Chưa có kết quả");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-02-notice-block.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.locator("[id='noticeForm:downloadPdf']").click());
            Path pdfFile = OUTPUT.resolve("qp-notice.pdf");
            download.saveAs(pdfFile);
            byte[] pdf = Files.readAllBytes(pdfFile);
            PdfAssertions.assertContainsAll(pdf, "THÔNG BÁO KẾT QUẢ", "Nguyễn Thị Ánh", "Hoàng Thị Em", "Chuyên nghiệp");
            PdfAssertions.assertAllFontsEmbedded(pdf);

            page.navigate(TestServer.APP + "/evaluation/notice.xhtml?quarter=" + d.openQuarterId());
            assertThat(page.locator("[id='noticeForm:notPublished']")).containsText("chưa được công bố");
            assertThat(page.locator("[id='noticeForm:people']")).hasCount(0);
            assertThat(page.locator("[id='noticeForm:downloadPdf']")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-03-notice-not-published.png")).setFullPage(true));

            page.locator("#headerForm\\:langEn").click();
            page.navigate(TestServer.APP + "/evaluation/notice.xhtml?quarter=" + d.quarterId());
            assertThat(page.locator("#noticeHead")).containsText("NOTICE OF THE PROFESSIONALISM EVALUATION RESULTS");
            assertThat(row(page, "Đỗ Thị Cúc")).containsText("Not professional");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-04-notice-en.png")).setFullPage(true));
            page.locator("#headerForm\\:langVi").click();
            assertEquals(List.of(), errors, "no script error on the notice board");
        }
    }

    @Test
    @DisplayName("Dashboard: the share by block and unit, late steps and total bands are drawn as charts without script errors")
    void dashboard() throws Exception {
        District d = district();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1400, 900)); Page page = context.newPage()) {
            List<String> errors = watchErrors(page);
            Browsers.loginAsAdmin(page);
            page.navigate(TestServer.APP + "/evaluation/index.xhtml");
            page.locator("#linkDashboard").click();
            assertThat(page.locator("h1.dg-title")).hasText("Biểu đồ tổng hợp theo quý");
            page.navigate(TestServer.APP + "/evaluation/dashboard.xhtml?quarter=" + d.quarterId());
            for (String chart : List.of("blocksChart", "unitsChart", "stepsChart", "totalsChart")) {
                Locator canvas = page.locator("[id='dashboardForm:" + chart + "'] canvas");
                assertThat(canvas).hasCount(1);
                assertTrue(canvas.boundingBox().height > 100, chart + " has room to draw");
                assertEquals(Boolean.TRUE, page.evaluate("id => !!Chart.getChart(document.getElementById(id))",
                        "dashboardForm:" + chart + "_canvas"), chart + " is a Chart.js chart");
            }
            Locator unitsTable = page.locator("[id='dashboardForm:unitsTable']");
            assertThat(unitsTable).containsText("Phòng Thử nghiệm " + PREFIX);
            assertThat(unitsTable.locator("tr", new Locator.LocatorOptions().setHasText("Phòng Thử nghiệm " + PREFIX)))
                    .containsText("50 %");
            assertThat(page.locator("[id='dashboardForm:stepsTable']")).containsText("Tự đánh giá");
            assertThat(page.locator("[id='dashboardForm:stepsTable']")).containsText("Công bố");
            assertThat(page.locator("#summary")).containsText("Chuyên nghiệp: 2");
            assertThat(page.locator("#summary")).containsText("Không đánh giá: 1");
            Object bands = page.evaluate("() => Chart.getChart(document.getElementById('dashboardForm:totalsChart_canvas'))"
                    + ".data.datasets[0].data");
            assertEquals(List.of(1, 1, 1, 1), bands, "forms 04/05: 240 | 270 | 285 | 300 (ruled sheets only)");
            page.waitForTimeout(600); // chart animations
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-05-dashboard.png")).setFullPage(true));
            assertEquals(List.of(), errors, "no script error on the dashboard");
        }
        // PUB-3: the unit head counts only their own sheet and the people they evaluate
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1400, 900)); Page page = context.newPage()) {
            List<String> errors = watchErrors(page);
            login(page, HEAD_USER);
            page.navigate(TestServer.APP + "/evaluation/dashboard.xhtml?quarter=" + d.quarterId());
            assertThat(page.locator("#summary")).containsText("Tổng số: 4");
            assertThat(page.locator("#summary")).containsText("Không đánh giá: 0");
            assertThat(page.locator("[id='dashboardForm:unitsTable']")).not().containsText("Phòng Khác");
            assertThat(page.locator("[id='dashboardForm:stepsChart'] canvas")).hasCount(1);
            page.waitForTimeout(600);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-05b-dashboard-head.png")).setFullPage(true));
            assertEquals(List.of(), errors, "no script error on the unit head's dashboard");
        }
    }

    @Test
    @DisplayName("PRO-12: the unit head proposes a professional person with the achievement; the list shows it, refusals in Vietnamese")
    void rewards() throws Exception {
        District d = district();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1400, 900)); Page page = context.newPage()) {
            List<String> errors = watchErrors(page);
            login(page, HEAD_USER);
            page.navigate(TestServer.APP + "/evaluation/rewards.xhtml?quarter=" + d.quarterId());
            assertThat(page.locator("h1.dg-title")).hasText("Đề nghị khen thưởng");
            assertThat(page.locator("[id='rewardsForm:proposals']")).containsText("Chưa có đề nghị khen thưởng nào.");

            page.locator("[id='rewardsForm:propose']").click();
            page.locator("[id='rewardsForm:confirmYes']").click();
            assertThat(page.locator("#messages")).containsText("Hãy chọn đơn vị và người được đề nghị.");

            choose(page, "rewardsForm:proposePerson", "Nguyễn Thị Ánh — Chuyên viên");
            assertFalse(page.locator("[id='rewardsForm:proposePerson_input']").innerHTML().contains("Đỗ Thị Cúc"),
                    "only professional people are offered");
            page.locator("[id='rewardsForm:propose']").click();
            page.locator("[id='rewardsForm:confirmYes']").click();
            assertThat(page.locator("#messages")).containsText("thành tích");

            choose(page, "rewardsForm:proposePerson", "Nguyễn Thị Ánh — Chuyên viên");
            page.locator("[id='rewardsForm:achievementText']").fill("Hoàn thành xuất sắc chuyên đề cải cách hành chính");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-06-rewards-form.png")).setFullPage(true));
            page.locator("[id='rewardsForm:propose']").click();
            assertThat(page.locator(".ui-confirm-dialog")).containsText("Gửi đề nghị khen thưởng");
            page.locator("[id='rewardsForm:confirmYes']").click();
            assertThat(page.locator("#messages")).containsText("Đã gửi đề nghị khen thưởng Nguyễn Thị Ánh");
            Locator list = page.locator("[id='rewardsForm:proposals']");
            assertThat(list).containsText("Nguyễn Thị Ánh");
            assertThat(list).containsText("Hoàn thành xuất sắc chuyên đề cải cách hành chính");
            assertThat(list).containsText("Phòng Nội vụ " + PREFIX);
            assertThat(list).containsText("1 người");
            assertFalse(page.locator("[id='rewardsForm:proposePerson_input']").innerHTML().contains("Nguyễn Thị Ánh"),
                    "a person proposed is not offered again");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("qp-07-rewards.png")).setFullPage(true));
            assertEquals(List.of(), errors, "no script error on the rewards page");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            page.navigate(TestServer.APP + "/evaluation/rewards.xhtml?quarter=" + d.quarterId());
            choose(page, "rewardsForm:focal", "Phòng Nội vụ " + PREFIX);
            assertThat(page.locator("[id='rewardsForm:proposals']")).containsText("Nguyễn Thị Ánh");
        }
    }

    // --- the district ---------------------------------------------------------------------------------------

    private static synchronized District district() throws Exception {
        if (district != null) {
            return district;
        }
        QuarterFixture f;
        try (Connection c = TestDatabase.connect()) {
            f = QuarterFixture.create(c, PREFIX);
            for (long person : new long[] {f.staff1, f.staff2, f.staff3, f.officeHead}) {
                QuarterFixture.monthly(c, person, 2023, 4, "HTXS", "HTT", "HTT");
            }
            // PRO-8: more than 15 working days of sick leave in the quarter
            try (PreparedStatement s = c.prepareStatement("INSERT INTO org_absence (person_id, kind, start_date, end_date)"
                    + " VALUES (?, 'SICK', '2023-04-03', '2023-05-31')")) {
                s.setLong(1, f.otherStaff);
                s.executeUpdate();
            }
            TestAccounts.create(c, STAFF_USER, PASSWORD, "STAFF", f.staff1);
            TestAccounts.create(c, HEAD_USER, PASSWORD, "EVALUATOR", f.officeHead);
        }
        long quarter = open(f.root, 2023, 2);
        long staff1 = sheetOf(quarter, f.staff1);
        long staff2 = sheetOf(quarter, f.staff2);
        score(staff1, "10");
        score(staff2, "9.5");
        score(sheetOf(quarter, f.staff3), "8");
        score(sheetOf(quarter, f.officeHead), "9");
        HttpResponse<String> adjusted = admin("POST", "/api/v1/evaluation/sheets/" + staff2 + "/adjustments",
                "{\"outcome\": \"PROFESSIONAL\", \"decidedBy\": \"Phó Chủ tịch UBND quận\", \"reason\": \"Đơn vị nhập nhầm điểm\"}");
        assertEquals(200, adjusted.statusCode(), adjusted.body());
        HttpResponse<String> run = admin("POST", "/api/v1/evaluation/quarters/" + quarter + "/run", null);
        assertEquals(200, run.statusCode(), run.body());
        waitFor(() -> admin("GET", "/api/v1/evaluation/quarters/" + quarter + "/run", null).body()
                .contains("\"status\":\"COMPLETED\""), "the rulings run");
        HttpResponse<String> published = admin("POST", "/api/v1/evaluation/quarters/" + quarter + "/publication", null);
        assertEquals(200, published.statusCode(), published.body());
        long openQuarter = open(f.root, 2023, 3);
        district = new District(f, quarter, openQuarter, staff1, staff2);
        return district;
    }

    private static long open(long root, int year, int quarter) throws Exception {
        HttpResponse<String> opened = admin("POST", "/api/v1/evaluation/quarters",
                "{\"rootUnitId\": " + root + ", \"year\": " + year + ", \"quarter\": " + quarter + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        long id = number("SELECT id FROM eva_quarter WHERE root_unit_id = " + root + " AND year = " + year
                + " AND quarter = " + quarter);
        waitFor(() -> number("SELECT COUNT(*) FROM eva_quarter WHERE id = " + id + " AND status = 'OPEN'") == 1,
                "opening the quarter");
        return id;
    }

    /** Self-assessment then the evaluator's scores, every criterion at {@code value}, as the administrator. */
    private static void score(long sheetId, String value) throws Exception {
        for (String step : List.of("self", "score")) {
            long version = number("SELECT version FROM eva_sheet WHERE id = " + sheetId);
            HttpResponse<String> r = admin("PUT", "/api/v1/evaluation/sheets/" + sheetId + "/" + step, "{\"version\": "
                    + version + ", \"scores\": [" + String.join(", ", Collections.nCopies(30, value)) + "]}");
            assertEquals(200, r.statusCode(), step + ": " + r.body());
        }
    }

    private static long sheetOf(long quarterId, long personId) throws SQLException {
        return number("SELECT id FROM eva_sheet WHERE quarter_id = " + quarterId + " AND person_id = " + personId);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static void login(Page page, String user) {
        page.navigate(TestServer.APP + "/login.xhtml");
        Browsers.submitLogin(page, user, PASSWORD);
        assertThat(page.locator("#currentUser")).containsText(user);
    }

    /** The table row holding a person's name. */
    private static Locator row(Page page, String name) {
        return page.locator("tr[data-ri]", new Page.LocatorOptions().setHasText(name));
    }

    /** Picks an item of a PrimeFaces selectOneMenu by its label. */
    private static void choose(Page page, String menuId, String label) {
        page.locator("[id='" + menuId + "']").click();
        page.locator("[id='" + menuId + "_items'] li[data-label='" + label + "']").click();
        page.waitForLoadState();
        page.waitForTimeout(300);
    }

    /** Uncaught script errors, console errors and failed responses of the page (the browser's favicon aside). */
    private static List<String> watchErrors(Page page) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });
        return errors;
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (check.done()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " did not finish in 2 minutes");
    }

    private static long number(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((TestServer.ADMIN_USER + ":" + TestServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.APP + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
