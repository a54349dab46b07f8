package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    @Test
    @DisplayName("finds the password in Payara's ODL format (message on its own line, closed by ]])")
    void odlFormat() {
        String log = """
                [2026-11-23T11:13:35.196+0000] [Payara 6.2025.9] [INFO] [] [vn.danhgia.platform.security] [tid: _ThreadID=97] [timeMillis: 1795432415196] [levelValue: 800] [[
                  DANHGIA_ADMIN_PASSWORD_GENERATED=Xk3-pQ9_zz]]
                """;
        assertEquals(Optional.of("Xk3-pQ9_zz"), ServerLog.findGeneratedPassword(log));
    }

    @Test
    @DisplayName("finds the password in the uniform log format (closed by |#])")
    void uniformFormat() {
        String log = "[#|2026-11-23T11:13:35.196+0000|INFO|Payara 6.2025.9|vn.danhgia|_ThreadID=97;|"
                + "DANHGIA_ADMIN_PASSWORD_GENERATED=abcDEF123|#]\n";
        assertEquals(Optional.of("abcDEF123"), ServerLog.findGeneratedPassword(log));
    }

    @Test
    @DisplayName("finds the password in a plain line with text after it, and takes the last of several")
    void plainAndLast() {
        String log = "DANHGIA_ADMIN_PASSWORD_GENERATED=first\nnoise\nINFO: DANHGIA_ADMIN_PASSWORD_GENERATED=s3cr#t!  (admin)\n";
        assertEquals(Optional.of("s3cr#t!"), ServerLog.findGeneratedPassword(log));
    }

    @Test
    @DisplayName("no line, or an empty value, means no generated password")
    void none() {
        assertTrue(ServerLog.findGeneratedPassword("nothing here\n").isEmpty());
        assertTrue(ServerLog.findGeneratedPassword("  DANHGIA_ADMIN_PASSWORD_GENERATED=]]\n").isEmpty());
    }

    @Test
    @DisplayName("readSince returns only what was written after the mark, and everything after a rotation")
    void readSince(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.log");
        Files.writeString(file, "old DANHGIA_ADMIN_PASSWORD_GENERATED=old\n", StandardCharsets.UTF_8);
        ServerLog log = new ServerLog(file);
        ServerLog.Mark mark = log.mark();
        Files.writeString(file, "Đã khởi động\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals("Đã khởi động\n", log.readSince(mark));
        assertTrue(ServerLog.findGeneratedPassword(log.readSince(mark)).isEmpty());

        Files.move(file, dir.resolve("server.log_2026-11-23T11-00-00"));
        Files.writeString(file, "new DANHGIA_ADMIN_PASSWORD_GENERATED=new]]\n", StandardCharsets.UTF_8);
        String since = log.readSince(mark);
        assertTrue(since.contains("Đã khởi động"));
        assertEquals(Optional.of("new"), ServerLog.findGeneratedPassword(since));
    }

    @Test
    void tailOfMissingFileIsEmpty(@TempDir Path dir) {
        assertTrue(new ServerLog(dir.resolve("nope.log")).tail(10).isEmpty());
    }
}
