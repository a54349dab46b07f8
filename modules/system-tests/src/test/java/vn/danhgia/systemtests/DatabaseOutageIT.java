package vn.danhgia.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.APIResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.systemtests.support.Browsers;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.TestDatabase;
import vn.danhgia.systemtests.support.TestServer;

/** The database stops while the server runs: clear answers, and recovery when it is back. */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    @DisplayName("Database down: readiness DOWN, API 503 JSON, pages explain in Vietnamese; database back: all recover")
    void outageAndRecovery() throws Exception {
        assumeTrue(TestDatabase.isEmbedded(), "needs the embedded test database");
        assertEquals(200, TestServer.get(TestServer.ROOT + "/health/ready").statusCode());
        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright);
             BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            Browsers.loginAsAdmin(page);
            assertThat(page.locator("h1.dg-title")).isVisible();

            TestDatabase.stopServer();
            try {
                duringOutage(page);
            } finally {
                TestDatabase.startServer();
            }

            awaitReady();
            APIResponse units = page.request().get(TestServer.APP + "/api/v1/units");
            assertEquals(200, units.status(), units.text());
            page.navigate(TestServer.APP + "/organization/units.xhtml");
            assertThat(page.locator("h1.dg-title")).hasText("Danh sách đơn vị");
        }
    }

    private static void duringOutage(Page page) throws Exception {
        HttpResponse<String> health = TestServer.get(TestServer.ROOT + "/health/ready");
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("DOWN"), health.body());

        APIResponse api = page.request().get(TestServer.APP + "/api/v1/units");
        assertEquals(503, api.status(), api.text());
        assertTrue(api.text().contains("\"code\":\"DATABASE_UNAVAILABLE\""), api.text());
        assertTrue(api.text().contains("Cơ sở dữ liệu tạm thời không truy cập được"), api.text());

        page.navigate(TestServer.APP + "/organization/units.xhtml");
        assertThat(page.locator("#errorMessage")).hasText(
                "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.");
        assertFalse(page.content().contains("java."), "a stack trace reached the browser");

        HttpResponse<String> login = TestServer.get(TestServer.APP + "/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Đăng nhập"));
    }

    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status;
        do {
            status = TestServer.get(TestServer.ROOT + "/health/ready").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertEquals(200, status, "the server did not recover after the database came back");
    }
}
