package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void serverArgumentsAsRootIncludeUserRootAndThePreGeneratedTlsPair() {
        List<String> args = EmbeddedDatabase.serverArguments(true, Path.of("/d/tls/server-cert.pem"),
                Path.of("/d/tls/server-key.pem"), Path.of("/t/mariadbd.pid"));
        assertEquals(List.of("--user=root", "--bind-address=127.0.0.1", "--ssl-cert=/d/tls/server-cert.pem",
                "--ssl-key=/d/tls/server-key.pem", "--pid-file=/t/mariadbd.pid",
                "--collation-server=utf8mb4_unicode_ci"), args);
    }

    @Test
    void serverArgumentsAsAnotherUserHaveNoUserOption() {
        assertTrue(EmbeddedDatabase.serverArguments(false, Path.of("c"), Path.of("k"), Path.of("p")).stream()
                .noneMatch(a -> a.startsWith("--user")));
    }

    @Test
    void createDatabaseStatementUsesUtf8mb4UnicodeCi() {
        assertEquals("CREATE DATABASE IF NOT EXISTS `danhgia` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                EmbeddedDatabase.createDatabaseSql("danhgia"));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.createDatabaseSql("x; DROP"));
    }

    @Test
    void dataDirUnderTheTempDirIsDisguisedSoMariaDb4jDoesNotWipeIt() {
        assertEquals(Path.of("/./tmp/clone/data/mariadb"),
                EmbeddedDatabase.notTemporary(Path.of("/tmp/clone/data/mariadb"), "/tmp"));
        assertEquals("/./tmp/clone/data/mariadb",
                EmbeddedDatabase.notTemporary(Path.of("/tmp/clone/data/mariadb"), "/tmp").toFile().getAbsolutePath());
        assertEquals(Path.of("/work/main/data/mariadb"),
                EmbeddedDatabase.notTemporary(Path.of("/work/main/data/mariadb"), "/tmp"));
    }
}
