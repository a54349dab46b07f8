package vn.danhgia.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The README run command (and its stop command).
 *
 * <pre>
 *   run:   ./mvnw -Prun -DskipTests verify                              (project root)
 *   stop:  ./mvnw -q -Pstop -pl modules/launcher -am process-classes    (another terminal)
 * </pre>
 *
 * {@code run}: embedded MariaDB unless {@code DANHGIA_DB_URL} is set → Payara domain {@code danhgia}
 * (created and configured from {@code config/domain.asadmin} if needed) started with the database
 * environment → EAR deployed → wait for the login page → demo data → instructions → block until Ctrl-C
 * or the stop command, then stop the domain and the database.
 */
public final class Launcher {

    static final String RUN_COMMAND = "./mvnw -Prun -DskipTests verify";
    static final String STOP_COMMAND = "./mvnw -q -Pstop -pl modules/launcher -am process-classes";
    static final String APP_NAME = "danhgia";

    private final LauncherSettings settings;
    private final RunControl control;
    private final PayaraDomain domain;
    private final Asadmin asadmin;
    private EmbeddedDatabase database;
    private volatile boolean domainStarted;
    private volatile boolean domainStarting;
    private volatile boolean shuttingDown;
    private boolean stopped;
    /** Where this run's part of server.log begins (for the generated admin password). */
    private ServerLog.Mark logMark;

    Launcher(LauncherSettings settings) {
        this.settings = settings;
        this.control = new RunControl(settings.workDir());
        this.asadmin = Asadmin.of(settings);
        this.domain = new PayaraDomain(asadmin, settings.domainDir(), settings.domainName(), settings.domainConfig());
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : System.getProperty("launcher.command", "run");
        LauncherSettings settings = LauncherSettings.from(System.getProperties(), System.getenv());
        Launcher launcher = new Launcher(settings);
        try {
            switch (command) {
                case "run" -> launcher.run();
                case "stop" -> launcher.stopOther();
                default -> throw new LauncherException("Lệnh không rõ (unknown command): " + command + " — run | stop");
            }
        } catch (LauncherException e) {
            Console.error(e.getMessage());
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------ run

    void run() throws Exception {
        Console.info("DanhGia — khởi động (starting)");
        if (!control.tryAcquire()) {
            String pid = control.runningLauncher().map(p -> " (pid " + p.pid() + ")").orElse("");
            throw new LauncherException("DanhGia đang chạy rồi" + pid + " (already running) — "
                    + settings.appUrl() + "\n  Dừng bản đang chạy (stop it): " + STOP_COMMAND);
        }
        Thread hook = new Thread(() -> shutdown("Ctrl-C"), "danhgia-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            checkPrerequisites();
            startDatabase();
            step();
            startDomain();
            step();
            deployAndWait();
            step();
            loadDemoData();
            step();
            printInstructions();
            waitForStop();
        } catch (Exception | Error e) {
            if (shuttingDown) {
                return; // Ctrl-C during start-up: the hook stops everything, the failure is only its echo
            }
            shutdown("lỗi (error)");
            removeHook(hook);
            throw e;
        }
        shutdown(control.stopRequested() ? "lệnh dừng (stop command)" : "Payara đã dừng (Payara stopped)");
        removeHook(hook);
    }

    /** Between steps: stop going on once Ctrl-C has started the shutdown hook. */
    private void step() {
        if (shuttingDown) {
            throw new LauncherException("Ctrl-C");
        }
    }

    private void checkPrerequisites() throws IOException {
        if (!Files.isRegularFile(settings.ear())) {
            throw new LauncherException("Chưa có EAR (EAR not built): " + settings.ear()
                    + "\n  Chạy từ thư mục gốc dự án (run from the project root): " + RUN_COMMAND);
        }
        if (!Files.isRegularFile(asadmin.cliJar())) {
            throw new LauncherException("Chưa giải nén Payara Server (Payara not unpacked): " + settings.payaraHome()
                    + "\n  Chạy (run): " + RUN_COMMAND);
        }
        if (!Files.isRegularFile(settings.domainConfig())) {
            throw new LauncherException("Thiếu tệp cấu hình miền (missing domain configuration): " + settings.domainConfig());
        }
        if (domain.isRunning()) {
            Console.info("Payara domain '" + settings.domainName() + "' còn chạy từ lần trước, đang dừng"
                    + " (still running from an earlier run, stopping it)...");
            domain.stop();
        }
        for (int port : List.of(LauncherSettings.HTTP_PORT, LauncherSettings.ADMIN_PORT)) {
            if (inUse(port)) {
                throw new LauncherException("Cổng " + port + " đang bị chương trình khác dùng (port " + port
                        + " is in use by another program) — có Payara/GlassFish/Tomcat khác đang chạy?"
                        + " (another server running?)");
            }
        }
    }

    private void startDatabase() throws Exception {
        if (!settings.embeddedDb()) {
            Console.info("Cơ sở dữ liệu (database): " + settings.dbUrl() + " (DANHGIA_DB_URL), người dùng (user) "
                    + settings.dbUser());
            return;
        }
        EmbeddedDatabase db = EmbeddedDatabase.of(settings);
        stopLeftoverMariadb();
        if (inUse(db.port())) {
            throw new LauncherException("Cổng " + db.port() + " của MariaDB nhúng đang bận (embedded MariaDB port in use)."
                    + " Chọn cổng khác (choose another port): DANHGIA_EMBEDDED_DB_PORT=3308, hoặc dùng CSDL có sẵn"
                    + " (or use an existing database): DANHGIA_DB_URL=jdbc:mariadb://host:port/danhgia");
        }
        boolean existing = db.hasExistingData();
        Console.info("Khởi động MariaDB nhúng (starting embedded MariaDB) on 127.0.0.1:" + db.port() + ", dữ liệu (data): "
                + settings.mariadbDataDir() + (existing ? "" : " — lần đầu, tạo mới (first run, creating)"));
        long t0 = System.nanoTime();
        database = db;
        db.start();
        db.createDatabaseIfMissing(LauncherSettings.DATABASE_NAME);
        Console.info("MariaDB sẵn sàng (ready) sau " + Console.elapsed(t0) + ": " + settings.dbUrl() + ", user root");
    }

    private void startDomain() throws IOException {
        boolean fresh = false;
        boolean leftoverApp = domain.hasApplication(APP_NAME);
        if (!domain.isUpToDate() || leftoverApp) {
            long t0 = System.nanoTime();
            if (leftoverApp) {
                Console.info("Lần chạy trước không dừng đúng cách, ứng dụng cũ còn trong miền: tạo lại miền Payara"
                        + " (the last run was interrupted and left the old application deployed: recreating the domain)...");
                domain.delete();
            } else if (domain.exists()) {
                Console.info("config/domain.asadmin đã đổi hoặc chưa áp dụng xong: tạo lại miền Payara"
                        + " (changed or not fully applied: recreating the Payara domain)...");
                domain.delete();
            } else {
                Console.info("Tạo miền Payara (creating the Payara domain) '" + settings.domainName() + "' trong "
                        + settings.domainDir() + "...");
            }
            domain.create(LauncherSettings.ADMIN_PORT, LauncherSettings.HTTP_PORT);
            Console.info("Đã tạo miền (domain created) sau " + Console.elapsed(t0));
            fresh = true;
        }
        logMark = new ServerLog(domain.serverLog()).mark();
        long t0 = System.nanoTime();
        Console.info("Khởi động Payara Server (starting Payara Server)...");
        startDomainProcess();
        Console.info("Payara đã chạy (started) sau " + Console.elapsed(t0));
        if (fresh) {
            long t1 = System.nanoTime();
            Console.info("Áp dụng cấu hình (applying) " + display(settings.domainConfig())
                    + " rồi khởi động lại (then restarting)...");
            domain.applyConfig();
            domain.stop();
            startDomainProcess();
            Console.info("Đã cấu hình và khởi động lại (configured and restarted) sau " + Console.elapsed(t1));
        }
    }

    /** start-domain, flagged so that a Ctrl-C meanwhile waits for it and then stops the domain. */
    private void startDomainProcess() throws IOException {
        domainStarted = true;
        domainStarting = true;
        try {
            domain.start(settings.serverEnvironment());
        } finally {
            domainStarting = false;
        }
    }

    private void deployAndWait() throws IOException {
        long t0 = System.nanoTime();
        Console.info("Triển khai (deploying) " + display(settings.ear()) + "...");
        try {
            domain.deploy(settings.ear(), APP_NAME);
        } catch (IOException e) {
            if (shuttingDown) {
                throw e;
            }
            printLogTail(60);
            throw new LauncherException("Triển khai thất bại (deployment failed); xem (see) " + domain.serverLog(), e);
        }
        Console.info("Đã triển khai (deployed) sau " + Console.elapsed(t0));
        long t1 = System.nanoTime();
        Console.progress("[danhgia] Chờ ứng dụng trả lời (waiting for) " + settings.loginUrl() + " ");
        HttpWait.Outcome outcome = new HttpWait().awaitOk(settings.loginUrl(), settings.startTimeout(),
                Duration.ofSeconds(2), domain::isRunning);
        Console.newline();
        if (outcome != HttpWait.Outcome.OK && shuttingDown) {
            throw new LauncherException("Ctrl-C");
        }
        if (outcome != HttpWait.Outcome.OK) {
            Console.error("Ứng dụng không trả lời HTTP 200 (the application did not answer HTTP 200): "
                    + (outcome == HttpWait.Outcome.TIMEOUT ? "hết giờ (timeout " + settings.startTimeout().toSeconds() + " s)"
                    : "Payara đã dừng (Payara stopped)"));
            printLogTail(80);
            throw new LauncherException("Khởi động thất bại (start failed); xem (see) " + domain.serverLog());
        }
        Console.info("Ứng dụng đã sẵn sàng (application ready) sau " + Console.elapsed(t1));
    }

    private void printLogTail(int lines) {
        ServerLog log = new ServerLog(domain.serverLog());
        Console.raw("----- " + log.file() + " (" + lines + " dòng cuối / last lines) -----");
        log.tail(lines).forEach(Console::raw);
        Console.raw("-----");
    }

    /** A path relative to the project root when it is inside it, absolute otherwise. */
    private String display(Path p) {
        return p.startsWith(settings.projectRoot()) ? settings.projectRoot().relativize(p).toString() : p.toString();
    }

    private void loadDemoData() {
        if (settings.empty()) {
            Console.info("Không nạp dữ liệu mẫu (no demo data): -Ddanhgia.empty=true / DANHGIA_EMPTY=true");
            return;
        }
        long t0 = System.nanoTime();
        Console.info("Nạp dữ liệu mẫu nếu CSDL trống (loading demo data if the database is empty)...");
        try {
            String what = DemoData.loadIfEmpty(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
            Console.info(what + " (" + Console.elapsed(t0) + ")");
        } catch (Exception e) {
            throw new LauncherException("Nạp dữ liệu mẫu thất bại (loading demo data failed): " + e, e);
        }
    }

    private void printInstructions() {
        String password;
        if (settings.adminPassword() != null) {
            password = "giá trị của biến môi trường DANHGIA_ADMIN_PASSWORD (the value of DANHGIA_ADMIN_PASSWORD)";
        } else {
            Optional<String> generated = Optional.empty();
            try {
                generated = ServerLog.findGeneratedPassword(new ServerLog(domain.serverLog()).readSince(logMark));
            } catch (IOException e) {
                Console.warn("Không đọc được server.log (cannot read server.log): " + e.getMessage());
            }
            password = generated.map(p -> p + "   <- mật khẩu vừa được tạo, hãy ghi lại; chỉ in lần này"
                            + " (generated now: note it, it is shown only this once)")
                    .orElse("mật khẩu đã in ra ở lần chạy đầu tiên (the password printed on the first run),"
                            + " hoặc (or) DANHGIA_ADMIN_PASSWORD nếu đã đặt khi đó (if it was set then)");
        }
        String line = "=".repeat(100);
        Console.raw(line);
        Console.raw("  DanhGia đã sẵn sàng (is ready):  " + settings.appUrl());
        Console.raw("  Đăng nhập (log in):  người dùng (user) admin");
        Console.raw("                       mật khẩu (password) " + password);
        Console.raw("  Cơ sở dữ liệu (database):  " + settings.dbUrl()
                + (settings.embeddedDb() ? "  (MariaDB nhúng / embedded, dữ liệu / data: " + settings.mariadbDataDir() + ")" : ""));
        Console.raw("  Nhật ký máy chủ (server log):  " + domain.serverLog());
        Console.raw("  Bảng quản trị Payara (admin console):  http://localhost:" + LauncherSettings.ADMIN_PORT + "/");
        Console.raw("  Dừng (stop):  Ctrl-C ở đây (here), hoặc từ cửa sổ khác (or from another terminal):");
        Console.raw("                " + STOP_COMMAND);
        Console.raw(line);
    }

    private void waitForStop() throws InterruptedException {
        while (!control.stopRequested()) {
            if (shuttingDown) {
                return; // Ctrl-C: the shutdown hook is stopping everything
            }
            if (!domain.isRunning()) {
                Console.warn("Payara đã dừng từ bên ngoài (Payara was stopped from outside); dừng luôn MariaDB"
                        + " (stopping the database too)");
                return;
            }
            Thread.sleep(1000);
        }
        Console.info("Nhận lệnh dừng (stop requested)");
    }

    /** Stops what this run started: Payara first, then the database. Idempotent (hook and normal exit). */
    synchronized void shutdown(String reason) {
        shuttingDown = true;
        if (stopped) {
            return;
        }
        stopped = true;
        boolean anything = domainStarted || database != null;
        if (anything) {
            Console.info("Đang dừng (stopping): " + reason);
        }
        for (int i = 0; domainStarting && i < 240; i++) {
            sleepQuietly(500); // let a running start-domain finish, so the domain is not left running
        }
        if (domainStarted && domain.isRunning()) {
            long t0 = System.nanoTime();
            try {
                // undeployed so the next start does not boot the old EAR before deploying the new one
                asadmin.run(asadmin.remote("undeploy", APP_NAME));
            } catch (IOException e) {
                Console.warn("undeploy: " + e.getMessage());
            }
            try {
                domain.stop();
                Console.info("Đã dừng Payara (stopped) sau " + Console.elapsed(t0));
            } catch (IOException e) {
                Console.warn("stop-domain: " + e.getMessage());
            }
        }
        if (database != null) {
            long t0 = System.nanoTime();
            try {
                database.stop();
                Console.info("Đã dừng MariaDB (stopped) sau " + Console.elapsed(t0));
            } catch (Exception e) {
                Console.warn("MariaDB: " + e.getMessage());
            }
            database = null;
        }
        control.close();
        if (anything) {
            Console.info("Đã dừng DanhGia (stopped). Chạy lại (run again): " + RUN_COMMAND);
        }
    }

    // ------------------------------------------------------------------------------------------ stop

    /** The stop command: asks a running launcher to stop, or cleans up what an interrupted run left. */
    void stopOther() throws Exception {
        if (control.isHeldByAnyone()) {
            Optional<ProcessHandle> launcher = control.runningLauncher();
            Console.info("Yêu cầu DanhGia đang chạy dừng lại (asking the running launcher"
                    + launcher.map(p -> ", pid " + p.pid()).orElse("") + " to stop)");
            control.requestStop();
            Console.progress("[danhgia] ");
            if (!waitUntil(() -> !isHeldSafely(), Duration.ofMinutes(3))) {
                Console.newline();
                launcher.ifPresent(p -> {
                    Console.warn("Chưa dừng sau 3 phút, gửi SIGTERM (not stopped after 3 minutes, sending SIGTERM)");
                    p.destroy();
                });
                waitUntil(() -> !isHeldSafely(), Duration.ofMinutes(1));
            }
            Console.newline();
            Console.info("Đã dừng (stopped).");
            return;
        }
        boolean any = false;
        if (domain.isRunning()) {
            any = true;
            Console.info("Dừng miền Payara còn chạy (stopping the leftover Payara domain)...");
            domain.stop();
        }
        any |= stopLeftoverMariadb();
        Console.info(any ? "Đã dừng (stopped)." : "Không có gì đang chạy (nothing is running).");
    }

    /** Stops a mariadbd an interrupted run left behind (found by its pid file); true if there was one. */
    private boolean stopLeftoverMariadb() {
        Path ours = settings.mariadbBaseDir().resolve("bin");
        Optional<ProcessHandle> mariadbd = pidFromFile(settings.mariadbPidFile())
                .filter(p -> p.info().command().map(c -> Path.of(c).startsWith(ours)).orElse(false));
        if (mariadbd.isEmpty()) {
            return false;
        }
        Console.info("Dừng MariaDB nhúng còn chạy từ lần trước (stopping the embedded MariaDB left running), pid "
                + mariadbd.get().pid());
        mariadbd.get().destroy(); // SIGTERM: a clean shutdown
        try {
            mariadbd.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            Console.warn("MariaDB chưa dừng (not stopped yet): " + e);
        }
        return true;
    }

    private boolean isHeldSafely() {
        try {
            return control.isHeldByAnyone();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Console.progress(".");
            Thread.sleep(1000);
        }
        return true;
    }

    static Optional<ProcessHandle> pidFromFile(Path file) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(file).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean inUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
