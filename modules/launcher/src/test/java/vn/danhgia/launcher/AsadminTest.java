package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsadminTest {

    private final Asadmin asadmin = new Asadmin(Path.of("/opt/payara6"), Path.of("/jdk"), "localhost", 4848);

    @Test
    void localCommandRunsTheCliJarWithTheGivenJdk() {
        assertEquals(List.of("/jdk/bin/java", "-jar", "/opt/payara6/glassfish/lib/client/appserver-cli.jar",
                        "--interactive=false", "start-domain", "--domaindir", "/w/target", "danhgia"),
                asadmin.local(Asadmin.startDomain(Path.of("/w/target"), "danhgia")));
    }

    @Test
    void remoteCommandNamesHostAndAdminPort() {
        assertEquals(List.of("/jdk/bin/java", "-jar", "/opt/payara6/glassfish/lib/client/appserver-cli.jar",
                        "--interactive=false", "--host", "localhost", "--port", "4848",
                        "deploy", "--force=true", "--name", "danhgia", "/w/ear/target/danhgia.ear"),
                asadmin.remote(Asadmin.deploy(Path.of("/w/ear/target/danhgia.ear"), "danhgia")));
    }

    @Test
    void createDomainUsesFixedPortsAndNoPassword() {
        assertEquals(List.of("create-domain", "--domaindir", "/w/target", "--adminport", "4848",
                        "--instanceport", "8080", "--nopassword=true", "--checkports=true", "danhgia"),
                List.of(Asadmin.createDomain(Path.of("/w/target"), "danhgia", 4848, 8080)));
    }

    @Test
    void multimodeRunsTheCommandFile() {
        assertEquals(List.of("multimode", "--file", "/w/config/domain.asadmin"),
                List.of(Asadmin.multimode(Path.of("/w/config/domain.asadmin"))));
    }

    @Test
    void setsidIsPrefixedOnlyWhenExecutable(@TempDir Path dir) throws IOException {
        List<String> cmd = List.of("java", "-version");
        assertEquals(cmd, Asadmin.inNewSession(cmd, dir.resolve("no-setsid")));
        Path fake = dir.resolve("setsid");
        java.nio.file.Files.writeString(fake, "#!/bin/sh\n");
        assertTrue(fake.toFile().setExecutable(true));
        assertEquals(List.of(fake.toString(), "java", "-version"), Asadmin.inNewSession(cmd, fake));
    }

    @Test
    void multimodeFailuresAreDetectedDespiteExitCodeZero() {
        String out = """
                Command set executed successfully.
                Command bogus-command not found.
                Command bogus-command failed.
                Command multimode executed successfully.
                """;
        assertTrue(PayaraDomain.failed(out));
        assertFalse(PayaraDomain.failed("Command set executed successfully.\nCommand multimode executed successfully.\n"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> PayaraDomain.check(new Asadmin.Result(0, out), "multimode"));
        assertTrue(e.getMessage().contains("bogus-command"));
    }
}
