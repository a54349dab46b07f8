package vn.danhgia.systemtests.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/** Headless Debian Chromium driven by Playwright, offline, and the login steps every test needs. */
public final class Browsers {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Browsers() {
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("test.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    /** Fills and submits the login form on the current page (which must be the login page). */
    public static void submitLogin(Page page, String user, String password) {
        page.locator("#loginForm\\:username").fill(user);
        page.locator("input#loginForm\\:password").fill(password);
        page.locator("#loginForm\\:submit").click();
    }

    /** Opens the login page and logs in as the administrator. */
    public static void loginAsAdmin(Page page) {
        page.navigate(TestServer.APP + "/login.xhtml");
        submitLogin(page, TestServer.ADMIN_USER, TestServer.ADMIN_PASSWORD);
        // wait for the page after the login, so that a navigation right after it cannot cancel the login request
        page.waitForURL(url -> !url.contains("/login.xhtml"));
    }
}
