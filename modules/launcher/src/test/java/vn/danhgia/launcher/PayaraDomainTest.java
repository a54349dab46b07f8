package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraDomainTest {

    @Test
    void domainIsUpToDateOnlyWhenConfiguredFromTheCurrentCommandFile(@TempDir Path dir) throws Exception {
        Path commandFile = dir.resolve("domain.asadmin");
        Files.writeString(commandFile, "set-log-levels vn.danhgia=INFO\n");
        PayaraDomain domain = new PayaraDomain(
                new Asadmin(dir.resolve("payara6"), dir, "localhost", 4848), dir, "danhgia", commandFile);
        assertFalse(domain.exists());
        assertFalse(domain.isUpToDate());

        Files.createDirectories(domain.root().resolve("config"));
        Files.writeString(domain.root().resolve("config/domain.xml"), "<domain/>");
        assertTrue(domain.exists());
        assertFalse(domain.isUpToDate(), "created but never configured");

        Files.writeString(domain.root().resolve(PayaraDomain.CONFIG_MARKER),
                PayaraDomain.sha256(Files.readAllBytes(commandFile)) + "\n");
        assertTrue(domain.isUpToDate());

        Files.writeString(commandFile, "set-log-levels vn.danhgia=FINE\n");
        assertFalse(domain.isUpToDate(), "the command file changed");
    }

    @Test
    void noPidFileMeansNotRunning(@TempDir Path dir) throws Exception {
        PayaraDomain domain = new PayaraDomain(
                new Asadmin(dir, dir, "localhost", 4848), dir, "danhgia", dir.resolve("x"));
        assertFalse(domain.isRunning());
        Files.createDirectories(domain.root().resolve("config"));
        Files.writeString(domain.root().resolve("config/pid"), ProcessHandle.current().pid() + "\n");
        assertTrue(domain.isRunning());
        Files.writeString(domain.root().resolve("config/pid"), "not-a-pid");
        assertFalse(domain.isRunning());
    }

    @Test
    void aLeftoverApplicationIsRecognisedInDomainXml() {
        String clean = """
                <servers><server name="server"><application-ref ref="__admingui" virtual-servers="__asadmin"/></server></servers>
                <system-applications><application context-root="" name="__admingui" object-type="system-admin"/></system-applications>
                <applications></applications>
                """;
        String leftover = clean.replace("<applications></applications>",
                "<applications><application deployment-time=\"15984\" object-type=\"user\" name=\"danhgia\" "
                        + "location=\"x\"></application></applications>");
        assertFalse(PayaraDomain.registersApplication(clean, "danhgia"));
        assertTrue(PayaraDomain.registersApplication(leftover, "danhgia"));
        assertFalse(PayaraDomain.registersApplication(leftover.replace("name=", "context-name="), "danhgia"));
        assertFalse(PayaraDomain.registersApplication(leftover, "danhgia2"));
    }
}
