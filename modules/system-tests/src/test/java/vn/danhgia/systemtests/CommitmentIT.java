package vn.danhgia.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
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
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.systemtests.support.Browsers;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.FixturesServlet;
import vn.danhgia.systemtests.support.PdfAssertions;
import vn.danhgia.systemtests.support.TestData;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestServer;

/**
 * PRO-1 commitments on the real EAR with the demo district, through the REST API, the PDFs and the page: an HR
 * officer opens a unit's campaign (twice: one campaign), a staff member signs their own commitment with an account
 * made for the test and linked to their person record, a person on a long leave at signing time is deferred and only
 * after signing appears on the supplementary list, the unit list is published once, forms 01 and 02 carry the
 * expected Vietnamese text, and signing for someone else is refused and changes nothing. Each test uses its own
 * unit and year, so the tests do not depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
class CommitmentIT {

    private static final Path OUTPUT = Path.of(System.getProperty("test.output.dir", "target/test-output"));
    private static final String API = TestServer.APP + "/api/v1/evaluation/commitments";
    private static final String FIXTURES = TestServer.ROOT + "/system-fixtures/fixtures/";
    private static final String PASSWORD = "It-Commit-2026";
    private static final String ADMIN = TestServer.ADMIN_USER;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithHelpers("/system-fixtures", FixturesServlet.class);
    }

    @Test
    @DisplayName("PRO-1: open twice gives one campaign; a staff member signs their own commitment (late, not refused), "
            + "once; the list is published once; forms 01 and 02 carry the Vietnamese text")
    void openSignPublishAndForms() throws Exception {
        long unit = unitId("UB-YT");
        HttpResponse<String> opened = send("POST", API, ADMIN, "{\"unitId\": " + unit + ", \"year\": 2025}");
        assertEquals(201, opened.statusCode(), opened.body());
        JsonObject campaign = json(opened).getJsonObject("campaign");
        assertEquals("OTHERS", campaign.getString("group"));
        assertEquals("2025-01-20", campaign.getString("signBy"));
        assertEquals("2025-01-25", campaign.getString("publishBy"));
        assertEquals("PRO", campaign.getString("rulePack"));
        long id = campaign.getJsonNumber("id").longValue();

        HttpResponse<String> again = send("POST", API, ADMIN, "{\"unitId\": " + unit + ", \"year\": 2025}");
        assertEquals(200, again.statusCode(), again.body());
        assertFalse(json(again).getBoolean("created"));
        assertEquals(id, json(again).getJsonObject("campaign").getJsonNumber("id").longValue());
        assertEquals(1, count("SELECT COUNT(*) FROM eva_commitment_campaign WHERE unit_id = ? AND year = 2025", unit));

        JsonArray rows = list(id, ADMIN).getJsonArray("rows");
        assertTrue(rows.size() >= 2, "the health office has people on 20/01/2025");
        JsonObject signer = rows.getJsonObject(0);
        long personId = signer.getJsonNumber("personId").longValue();
        String name = signer.getString("fullName");
        String user = account("it-pro1-sign-" + personId, personId);

        HttpResponse<String> signed = send("POST", API + "/" + id + "/signatures", user,
                "{\"focusItems\": \"- Giải quyết 100% hồ sơ đúng hạn.\\n- Hoàn thành kế hoạch phòng chống dịch quý I.\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        JsonObject row = json(signed);
        assertEquals("SIGNED", row.getString("status"));
        assertTrue(row.getBoolean("late"), "signed in 2026 for the 20/01/2025 deadline: late, not refused");
        assertFalse(row.getBoolean("supplementary"));
        assertTrue(row.getString("explanation").contains("ghi nhận ký muộn"), row.getString("explanation"));

        HttpResponse<String> twice = send("POST", API + "/" + id + "/signatures", user, "{}");
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("ALREADY_SIGNED", json(twice).getString("code"));
        assertTrue(json(twice).getString("message").contains("không sửa được"), twice.body());
        assertEquals(1, count("SELECT COUNT(*) FROM eva_commitment WHERE campaign_id = ?", id), "PUB-2: signing is final");

        assertEquals(403, send("POST", API + "/" + id + "/publication", user, "{}").statusCode(),
                "a staff member does not publish");
        JsonArray seenByStaff = list(id, user).getJsonArray("rows");
        assertEquals(1, seenByStaff.size(), "PUB-3: before publication a member sees their own line only");
        assertEquals(personId, seenByStaff.getJsonObject(0).getJsonNumber("personId").longValue());
        assertEquals(403, bytes(API + "/" + id + "/list.pdf", user).statusCode(), "not published yet");
        Map<Long, JsonObject> byPerson = byPerson(list(id, ADMIN));
        assertEquals("SIGNED", byPerson.get(personId).getString("status"));
        JsonObject other = byPerson.get(rows.getJsonObject(1).getJsonNumber("personId").longValue());
        assertEquals("NOT_SIGNED", other.getString("status"));
        assertTrue(other.getBoolean("overdue"));

        HttpResponse<String> published = send("POST", API + "/" + id + "/publication", ADMIN,
                "{\"version\": " + campaign.getJsonNumber("version").longValue() + "}");
        assertEquals(200, published.statusCode(), published.body());
        String publishedAt = json(published).getString("publishedAt");
        assertTrue(json(published).getBoolean("publishedLate"), "published in 2026 for 25/01/2025");
        HttpResponse<String> republished = send("POST", API + "/" + id + "/publication", ADMIN, "{\"version\": 0}");
        assertEquals(200, republished.statusCode(), republished.body());
        assertEquals(publishedAt, json(republished).getString("publishedAt"), "publishing twice changes nothing");
        assertEquals(json(published).getJsonNumber("version").longValue(),
                json(republished).getJsonNumber("version").longValue());
        assertEquals(rows.size(), list(id, user).getJsonArray("rows").size(),
                "PUB-3: once published, the unit's people read the whole list");

        byte[] form = pdf(API + "/" + id + "/people/" + personId + "/form.pdf", user, "pro1-form01.pdf");
        assertContains(form, "BẢN CAM KẾT XÂY DỰNG PHONG CÁCH LÀM VIỆC CHUYÊN NGHIỆP", "Năm 2025", "Mẫu 01",
                "PHÒNG Y TẾ", "Họ và tên: " + name, "Đơn vị công tác: Phòng Y tế",
                "- Giải quyết 100% hồ sơ đúng hạn.", "Ký muộn: hạn ký 20/01/2025", "NGƯỜI CAM KẾT");
        PdfAssertions.assertAllFontsEmbedded(form);
        long someoneElse = rows.getJsonObject(1).getJsonNumber("personId").longValue();
        assertEquals(403, bytes(API + "/" + id + "/people/" + someoneElse + "/form.pdf", user).statusCode(),
                "PUB-3: a staff member reads their own form 01 only");

        byte[] unitList = pdf(API + "/" + id + "/list.pdf", ADMIN, "pro1-form02.pdf");
        assertContains(unitList, "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG KÝ CAM KẾT XÂY DỰNG PHONG CÁCH"
                + " LÀM VIỆC CHUYÊN NGHIỆP", "Năm 2025", "Mẫu 02", "PHÒNG Y TẾ", name, "Ký muộn (hạn 20/01/2025)",
                "Chưa ký (quá hạn)", "Hạn ký cam kết: 20/01/2025", "đã công khai ngày");
        PdfAssertions.assertAllFontsEmbedded(unitList);
    }

    @Test
    @DisplayName("PRO-1: 2 months of maternity leave at signing time defers the person, 3 weeks of sick leave does not;"
            + " the deferred person is on the supplementary list only once they have signed")
    void deferredPersonOnTheSupplementaryListAfterSigning() throws Exception {
        long unit = unitId("UB-LDTB");
        long id = open(unit, 2025);
        JsonArray rows = list(id, ADMIN).getJsonArray("rows");
        assertTrue(rows.size() >= 2, "the labour office has people on 20/01/2025");
        long mother = rows.getJsonObject(0).getJsonNumber("personId").longValue();
        String motherName = rows.getJsonObject(0).getString("fullName");
        long sick = rows.getJsonObject(1).getJsonNumber("personId").longValue();
        fixture("absence", Map.of("personId", Long.toString(mother), "kind", "MATERNITY", "from", "2025-01-01",
                "to", "2025-02-28"));
        fixture("absence", Map.of("personId", Long.toString(sick), "kind", "SICK", "from", "2025-01-10",
                "to", "2025-01-30"));

        Map<Long, JsonObject> before = byPerson(list(id, ADMIN));
        assertEquals("DEFERRED", before.get(mother).getString("status"));
        assertEquals("Nghỉ thai sản từ 01/01/2025 đến 28/02/2025", before.get(mother).getString("deferralReason"));
        assertEquals("NOT_SIGNED", before.get(sick).getString("status"), "3 weeks is less than a month");
        assertTrue(before.get(sick).getBoolean("overdue"));
        byte[] emptySupplement = pdf(API + "/" + id + "/supplementary.pdf", ADMIN, "pro1-supplementary-before.pdf");
        assertContains(emptySupplement, "DANH SÁCH BỔ SUNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG KÝ CAM KẾT",
                "Tổng số: 0 người ký bổ sung.");
        assertFalse(oneLine(PdfAssertions.text(emptySupplement)).contains(motherName), "not on it before signing");
        assertContains(pdf(API + "/" + id + "/list.pdf", ADMIN, "pro1-form02-deferred.pdf"),
                "Chưa phải ký: nghỉ thai sản từ 01/01/2025 đến 28/02/2025");

        String user = account("it-pro1-mother-" + mother, mother);
        HttpResponse<String> signed = send("POST", API + "/" + id + "/signatures", user,
                "{\"personId\": " + mother + ", \"focusItems\": \"Hoàn thành hồ sơ chính sách người có công đúng hạn.\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        JsonObject row = json(signed);
        assertTrue(row.getBoolean("deferred"));
        assertTrue(row.getBoolean("supplementary"));
        assertFalse(row.getBoolean("late"), "a deferred signature is not late");

        Map<Long, JsonObject> after = byPerson(list(id, ADMIN));
        assertEquals("SIGNED", after.get(mother).getString("status"));
        assertTrue(after.get(mother).getBoolean("supplementary"));
        byte[] supplement = pdf(API + "/" + id + "/supplementary.pdf", ADMIN, "pro1-supplementary.pdf");
        assertContains(supplement, "DANH SÁCH BỔ SUNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG KÝ CAM KẾT",
                motherName, "Nghỉ thai sản từ 01/01/2025 đến 28/02/2025; ký sau khi hết thời gian nghỉ",
                "Tổng số: 1 người ký bổ sung.");
        assertContains(pdf(API + "/" + id + "/people/" + mother + "/form.pdf", user, "pro1-form01-deferred.pdf"),
                "Ký sau thời gian nghỉ (nghỉ thai sản từ 01/01/2025 đến 28/02/2025): danh sách bổ sung.");
    }

    @Test
    @DisplayName("PRO-1: signing someone else's commitment is refused with a Vietnamese message and changes nothing;"
            + " an account without a person cannot sign")
    void signingForAnotherPersonIsRefused() throws Exception {
        long id = open(unitId("UB-TNMT"), 2024);
        JsonArray rows = list(id, ADMIN).getJsonArray("rows");
        long self = rows.getJsonObject(0).getJsonNumber("personId").longValue();
        long other = rows.getJsonObject(1).getJsonNumber("personId").longValue();
        String user = account("it-pro1-self-" + self, self);

        HttpResponse<String> refused = send("POST", API + "/" + id + "/signatures", user,
                "{\"personId\": " + other + ", \"focusItems\": \"Ký thay\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("NOT_OWN_COMMITMENT", json(refused).getString("code"));
        assertTrue(json(refused).getString("message").contains("không được ký thay người khác"), refused.body());

        HttpResponse<String> noPerson = send("POST", API + "/" + id + "/signatures", ADMIN, "{}");
        assertEquals(403, noPerson.statusCode(), noPerson.body());
        assertEquals("NO_PERSON", json(noPerson).getString("code"));
        assertTrue(json(noPerson).getString("message").contains("chưa được gắn với hồ sơ cán bộ"), noPerson.body());

        assertEquals(0, count("SELECT COUNT(*) FROM eva_commitment WHERE campaign_id = ?", id), "nothing was signed");
        Map<Long, JsonObject> now = byPerson(list(id, ADMIN));
        assertEquals("NOT_SIGNED", now.get(other).getString("status"));
        assertEquals("NOT_SIGNED", now.get(self).getString("status"));
    }

    @Test
    @DisplayName("PRO-1: deadlines from the rule pack — a school signs by 20/9; 2023 has 28/02 for other units; only "
            + "officers open a campaign")
    void deadlinesFromTheRulePack() throws Exception {
        long school = schoolUnitId();
        HttpResponse<String> opened = send("POST", API, ADMIN, "{\"unitId\": " + school + ", \"year\": 2024}");
        assertTrue(opened.statusCode() == 201 || opened.statusCode() == 200, opened.body());
        JsonObject campaign = json(opened).getJsonObject("campaign");
        assertEquals("SCHOOLS", campaign.getString("group"));
        assertEquals("2024-09-20", campaign.getString("signBy"));
        assertEquals("2024-09-25", campaign.getString("publishBy"));

        JsonObject y2023 = json(send("POST", API, ADMIN, "{\"unitId\": " + unitId("UB-PNV") + ", \"year\": 2023}"))
                .getJsonObject("campaign");
        assertEquals("2023-02-28", y2023.getString("signBy"));
        assertTrue(y2023.getBoolean("deadlineOverride"));
        assertTrue(y2023.getString("explanation").contains("hạn riêng của năm 2023"), y2023.getString("explanation"));

        String staff = account("it-pro1-staff", null);
        HttpResponse<String> forbidden = send("POST", API, staff, "{\"unitId\": " + school + ", \"year\": 2025}");
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        HttpResponse<String> badYear = send("POST", API, ADMIN, "{\"unitId\": " + school + ", \"year\": 2019}");
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(json(badYear).getString("message").contains("từ năm 2023"), badYear.body());
    }

    @Test
    @DisplayName("PRO-1 page: a staff member signs on the page (confirmed); the officer publishes with a confirmation")
    void pageSignAndPublish() throws Exception {
        long unit = unitId("UB-KT");
        long id = open(unit, 2026);
        JsonObject first = list(id, ADMIN).getJsonArray("rows").getJsonObject(0);
        long personId = first.getJsonNumber("personId").longValue();
        String user = account("it-pro1-page-" + personId, personId);
        String page = TestServer.APP + "/evaluation/commitments.xhtml?unitId=" + unit + "&year=2026";
        Files.createDirectories(OUTPUT);

        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright)) {
            try (BrowserContext context = browser.newContext(); Page tab = context.newPage()) {
                tab.navigate(TestServer.APP + "/login.xhtml");
                Browsers.submitLogin(tab, user, PASSWORD);
                tab.navigate(TestServer.APP + "/evaluation/index.xhtml");
                tab.locator("#linkCommitments").click();
                assertThat(tab.locator("h1.dg-title")).hasText("Cam kết xây dựng phong cách làm việc chuyên nghiệp");
                tab.navigate(page);
                assertThat(tab.locator("[id='commitmentsForm:mine']")).isVisible();
                tab.locator("[id='commitmentsForm:focusItems']").fill("- Hỗ trợ doanh nghiệp đúng hạn.");
                tab.locator("[id='commitmentsForm:signCommitment']").click();
                tab.locator(".ui-confirmdialog-yes").click();
                assertThat(tab.locator("[id='commitmentsForm:messages']")).containsText("Đã ký bản cam kết.");
                assertThat(tab.locator("[id='commitmentsForm:mySignature']")).containsText("Bạn đã ký cam kết lúc");
                assertThat(tab.locator("[id='commitmentsForm:ownFormPdf']")).isVisible();
                assertThat(tab.locator("[id='commitmentsForm:publishList']")).hasCount(0);
                tab.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("20-commitments-signed.png"))
                        .setFullPage(true));
            }
            try (BrowserContext context = browser.newContext(); Page tab = context.newPage()) {
                Browsers.loginAsAdmin(tab);
                tab.navigate(page);
                assertThat(tab.locator("[id='commitmentsForm:people']")).containsText(first.getString("fullName"));
                assertThat(tab.locator("[id='commitmentsForm:people']")).containsText("Đã ký");
                tab.locator("[id='commitmentsForm:publishList']").click();
                tab.locator(".ui-confirmdialog-yes").click();
                assertThat(tab.locator("[id='commitmentsForm:messages']")).containsText("Đã công khai danh sách ký cam kết.");
                assertThat(tab.locator("[id='commitmentsForm:publishList']")).hasCount(0);
                assertThat(tab.locator("[id='commitmentsForm:listPdf']")).isVisible();
                tab.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("21-commitments-published.png"))
                        .setFullPage(true));
                tab.locator("#headerForm\\:langEn").click();
                assertThat(tab.locator("#headerForm\\:logout")).containsText("Log out");
                tab.navigate(page);
                assertThat(tab.locator("h1.dg-title")).hasText("Commitment to a professional working style");
                assertThat(tab.locator("[id='commitmentsForm:people']")).containsText("Signed");
                tab.screenshot(new Page.ScreenshotOptions().setPath(OUTPUT.resolve("22-commitments-en.png"))
                        .setFullPage(true));
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM eva_commitment WHERE campaign_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM eva_commitment_campaign WHERE id = ? AND published_at IS NOT NULL", id));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static long open(long unit, int year) throws Exception {
        HttpResponse<String> opened = send("POST", API, ADMIN, "{\"unitId\": " + unit + ", \"year\": " + year + "}");
        assertTrue(opened.statusCode() == 201 || opened.statusCode() == 200, opened.body());
        return json(opened).getJsonObject("campaign").getJsonNumber("id").longValue();
    }

    private static JsonObject list(long campaignId, String user) throws Exception {
        HttpResponse<String> response = send("GET", API + "/" + campaignId, user, null);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static Map<Long, JsonObject> byPerson(JsonObject list) {
        Map<Long, JsonObject> rows = new LinkedHashMap<>();
        for (JsonValue v : list.getJsonArray("rows")) {
            JsonObject row = v.asJsonObject();
            rows.put(row.getJsonNumber("personId").longValue(), row);
        }
        return rows;
    }

    /** A STAFF account acting as the person (null: no person), made through the platform's UserAccounts. */
    private static String account(String username, Long personId) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of("username", username, "password", PASSWORD,
                "roles", "STAFF"));
        if (personId != null) {
            form.put("personId", Long.toString(personId));
        }
        fixture("account", form);
        return username;
    }

    private static void fixture(String name, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(FIXTURES + name))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), name + ": " + response.body());
    }

    private static HttpResponse<String> send(String method, String url, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> bytes(String url, String user) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Downloads a PDF (200, application/pdf) and keeps a copy in the test output for looking at. */
    private static byte[] pdf(String url, String user, String fileName) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = bytes(url, user);
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve(fileName), response.body());
        return response.body();
    }

    private static void assertContains(byte[] pdf, String... expected) throws IOException {
        String text = oneLine(PdfAssertions.text(pdf));
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "PDF lacks \"" + e + "\"; text was:\n" + text);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String basic(String user) {
        String password = ADMIN.equals(user) ? TestServer.ADMIN_PASSWORD : PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long unitId(String code) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            TestData.ensureDemo(c);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "no unit " + code + " in the demo district");
                    return rs.getLong(1);
                }
            }
        }
    }

    private static long schoolUnitId() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            TestData.ensureDemo(c);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE block = 'SCHOOL'"
                    + " AND valid_from <= '2024-01-01' AND valid_to IS NULL ORDER BY code LIMIT 1");
                 ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a school in the demo district");
                return rs.getLong(1);
            }
        }
    }

    private static long count(String sql, long parameter) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
