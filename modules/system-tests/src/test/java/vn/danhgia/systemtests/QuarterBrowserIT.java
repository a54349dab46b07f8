package vn.danhgia.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
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
import vn.danhgia.systemtests.support.TestAccounts;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestServer;

/**
 * One person through a full quarter in the browser (RULES.md PRO-2..PRO-11, PUB-1): the administrator opens the
 * quarter and watches the progress bar, the person self-assesses, the head of unit scores and sees the explained
 * ruling, the rulings run finishes the unit, the head sends form 06, the administrator publishes; the person's sheet
 * and the unit's form 06 are downloaded as PDFs with the expected Vietnamese text.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterBrowserIT {

    private static final Path OUTPUT = Path.of(System.getProperty("test.output.dir", "target/test-output"));
    private static final String PASSWORD = "Browser-Quarter-2026";

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

    @Test
    @DisplayName("PRO-11: self → evaluator → run → form 06 → publication in the browser; sheet and form 06 as PDFs")
    void fullQuarterInTheBrowser() throws Exception {
        QuarterFixture f;
        try (Connection c = TestDatabase.connect()) {
            f = QuarterFixture.create(c, "WQ");
            QuarterFixture.monthly(c, f.staff1, 2023, 7, "HTT", "HTXS", "HTT");
            for (long other : new long[] {f.officeHead, f.staff2, f.staff3}) {
                QuarterFixture.monthly(c, other, 2023, 7, "HTXS", "HTT", "HTT");
            }
            TestAccounts.create(c, "wq-head", PASSWORD, "EVALUATOR", f.officeHead);
        }

        // 1. the administrator opens Q3 2023 for the district and follows the opening on the progress bar
        long quarterId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            // the person gets an account linked to them by staff code (PUB-3)
            page.navigate(TestServer.APP + "/admin/users.xhtml");
            page.locator("#usersForm\\:username").fill("wq-staff");
            page.locator("#usersForm\\:staffCode").fill("WQ-03");
            page.locator("#usersForm\\:password input, input#usersForm\\:password").first().fill(PASSWORD);
            page.locator("#usersForm\\:createUser").click();
            assertThat(page.locator("#usersForm\\:messages")).containsText("Đã tạo tài khoản wq-staff");
            assertThat(page.locator("#usersForm\\:users")).containsText("Nguyễn Thị Ánh");

            page.navigate(TestServer.APP + "/evaluation/quarters.xhtml");
            choose(page, "#quartersForm\\:district", "Quận WQ");
            choose(page, "#quartersForm\\:quarter", "3");
            choose(page, "#quartersForm\\:year", "2023");
            page.locator("#quartersForm\\:openQuarter").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("#quartersForm\\:messages")).containsText("Đang mở Quý III năm 2023");
            assertThat(page.locator("#quartersForm\\:selected")).containsText("Hoàn thành",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#quartersForm\\:quarters")).containsText("Đang đánh giá");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-01-opened.png")).setFullPage(true));
            quarterId = quarterIdOf(f.root);
        }
        // the rest of the unit is scored outside this test (the run will rule them)
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("UPDATE eva_sheet SET"
                + " self_scores = ?, scores = ?, self_at = NOW(), scored_at = NOW() WHERE quarter_id = ? AND person_id <> ?")) {
            String tens = String.join(";", Collections.nCopies(30, "10"));
            s.setString(1, tens);
            s.setString(2, tens);
            s.setLong(3, quarterId);
            s.setLong(4, f.staff1);
            s.executeUpdate();
        }

        // 2. the person self-assesses (late: after 25/9/2023, accepted and marked)
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            login(page, "wq-staff");
            page.navigate(TestServer.APP + "/evaluation/sheets.xhtml?quarter=" + quarterId);
            assertThat(page.locator("#sheetsForm\\:sheets_data tr")).hasCount(1);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Thị Ánh")).click();
            assertThat(page.locator("#sheetForm\\:months")).containsText("HTXS");
            page.locator("#sheetForm\\:fillSelf").click();
            assertThat(page.locator("#sheetForm\\:criteria\\:29\\:self")).hasValue("10");
            page.locator("#sheetForm\\:saveSelf").click();
            assertThat(page.locator("#sheetForm\\:messages")).containsText("được đánh dấu muộn");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-02-self.png")).setFullPage(true));
        }

        // 3. the head of the office scores; the ruling is explained at once
        long sheetId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setAcceptDownloads(true));
             Page page = context.newPage()) {
            login(page, "wq-head");
            page.navigate(TestServer.APP + "/evaluation/sheets.xhtml?quarter=" + quarterId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Thị Ánh")).click();
            sheetId = Long.parseLong(page.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            page.locator("#sheetForm\\:fillScore").click();
            assertThat(page.locator("#sheetForm\\:criteria\\:29\\:score")).hasValue("10");
            page.locator("#sheetForm\\:criteria\\:12\\:score").selectOption("9.5");
            page.locator("#sheetForm\\:saveScore").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("#outcome")).containsText("Không chuyên nghiệp");
            assertThat(page.locator("#findings")).containsText("PRO-7: tiêu chí bắt buộc 13 đạt 9,5 < 10");
            assertThat(page.locator("#findings")).containsText("PRO-5: có 1 tháng HTXS");
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-03-scored.png")).setFullPage(true));

            Download sheetPdf = page.waitForDownload(() -> page.locator("#sheetForm\\:pdf").click());
            byte[] pdf = Files.readAllBytes(save(sheetPdf, "quarter-sheet.pdf"));
            PdfAssertions.assertContainsAll(pdf, "PHIẾU ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP", "Nguyễn Thị Ánh", "Quý III năm 2023",
                    "Không chuyên nghiệp", "PRO-7: tiêu chí bắt buộc 13 đạt 9,5 < 10");
            PdfAssertions.assertAllFontsEmbedded(pdf);
        }

        // 4. the administrator runs the rulings for the quarter (progress bar to 100 %)
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            page.navigate(TestServer.APP + "/evaluation/quarters.xhtml");
            selectQuarterRow(page, "Quận WQ");
            page.locator("#quartersForm\\:startRun").click();
            assertThat(page.locator("#quartersForm\\:selected")).containsText("ghi 6 kết quả mới",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-04-run.png")).setFullPage(true));
        }

        // 5. the head sends form 06 (late) and downloads it
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setAcceptDownloads(true));
             Page page = context.newPage()) {
            login(page, "wq-head");
            page.navigate(TestServer.APP + "/evaluation/summary.xhtml?quarter=" + quarterId + "&unit=" + f.office);
            assertThat(page.locator("#summaryForm\\:unitCounts")).containsText("Tổng số 4 người: chuyên nghiệp 3; không chuyên nghiệp 1");
            page.locator("#summaryForm\\:submitUnit").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("#summaryForm\\:messages")).containsText("được đánh dấu muộn");
            Download form06 = page.waitForDownload(() -> page.locator("#summaryForm\\:unitPdf").click());
            byte[] pdf = Files.readAllBytes(save(form06, "quarter-form06.pdf"));
            PdfAssertions.assertContainsAll(pdf, "PHÒNG THỬ NGHIỆM WQ", "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ", "Quý III năm 2023", "Nguyễn Thị Ánh",
                    "Không chuyên", "Chuyên nghiệp", "Kính gửi: Phòng Nội vụ WQ", "Gửi muộn (hạn 28/09/2023)");
            PdfAssertions.assertAllFontsEmbedded(pdf);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-05-form06.png")).setFullPage(true));
        }

        // 6. the administrator publishes (late); the person reads their published result
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            page.navigate(TestServer.APP + "/evaluation/quarters.xhtml");
            selectQuarterRow(page, "Quận WQ");
            page.locator("#quartersForm\\:publish").click();
            page.locator(".ui-confirmdialog-yes").click();
            assertThat(page.locator("#quartersForm\\:messages")).containsText("được đánh dấu muộn");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            login(page, "wq-staff");
            page.navigate(TestServer.APP + "/evaluation/sheet.xhtml?id=" + sheetId);
            assertThat(page.locator("#outcome")).containsText("Không chuyên nghiệp");
            assertThat(page.locator("#sheetForm\\:saveSelf")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("quarter-06-published.png")).setFullPage(true));
        }
    }

    @Test
    @DisplayName("Every evaluation and administration page renders for the administrator, in Vietnamese and English")
    void evaluationPagesRender() {
        String[] pages = {"evaluation/index", "evaluation/commitments", "evaluation/monthly", "evaluation/monthly-import",
            "evaluation/tasks", "evaluation/quarters", "evaluation/sheets", "evaluation/notice", "evaluation/rewards",
            "evaluation/dashboard", "admin/users", "admin/rulepacks"};
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
             Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            for (String path : pages) {
                page.navigate(TestServer.APP + "/" + path + ".xhtml");
                page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("page-" + path.replace('/', '-') + ".png"))
                        .setFullPage(true));
                assertThat(page.locator("h1.dg-title")).isVisible();
                assertEquals(0, page.getByText("Đã có lỗi xảy ra").count(), path + " shows the error page");
                page.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("page-" + path.replace('/', '-') + ".png"))
                        .setFullPage(true));
            }
            page.locator("#headerForm\\:langEn").click();
            for (String path : pages) {
                page.navigate(TestServer.APP + "/" + path + ".xhtml");
                assertThat(page.locator("h1.dg-title")).isVisible();
                assertEquals(0, page.getByText("Something went wrong").count(), path + " shows the error page (en)");
            }
        }
    }

    private static void selectQuarterRow(Page page, String district) {
        Locator row = page.locator("#quartersForm\\:quarters_data tr").filter(new Locator.FilterOptions().setHasText(district));
        page.waitForResponse(r -> r.url().contains("/evaluation/quarters.xhtml") && "POST".equals(r.request().method()),
                () -> row.locator("a").first().click());
        assertThat(page.locator("#quartersForm\\:selected")).containsText(district);
    }

    private static void choose(Page page, String menu, String label) {
        page.locator(menu).click();
        page.locator(menu + "_items li").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    private static void login(Page page, String user) {
        page.navigate(TestServer.APP + "/login.xhtml");
        Browsers.submitLogin(page, user, PASSWORD);
        assertThat(page.locator("h1.dg-title")).isVisible();
    }

    private static Path save(Download download, String name) {
        Path file = OUTPUT.resolve(name);
        download.saveAs(file);
        return file;
    }

    private static long quarterIdOf(long root) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT id FROM eva_quarter WHERE root_unit_id = ?")) {
            s.setLong(1, root);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                assertEquals(false, rs.next());
                return id;
            }
        }
    }
}
