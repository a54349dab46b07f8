package vn.danhgia.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The Payara Server domain {@code danhgia} under {@code modules/launcher/target/}: created when missing (or
 * when {@code config/domain.asadmin} changed since it was configured), configured from that command file,
 * started with the database environment variables, and given the EAR.
 */
public final class PayaraDomain {

    /** Remembers which version of the command file configured the domain. */
    static final String CONFIG_MARKER = "danhgia-domain-config.sha256";

    private final Asadmin asadmin;
    private final Path domainDir;
    private final String name;
    private final Path commandFile;

    public PayaraDomain(Asadmin asadmin, Path domainDir, String name, Path commandFile) {
        this.asadmin = asadmin;
        this.domainDir = domainDir;
        this.name = name;
        this.commandFile = commandFile;
    }

    public static PayaraDomain of(LauncherSettings s) {
        return new PayaraDomain(Asadmin.of(s), s.domainDir(), s.domainName(), s.domainConfig());
    }

    public Path root() {
        return domainDir.resolve(name);
    }

    public Path serverLog() {
        return root().resolve("logs/server.log");
    }

    public boolean exists() {
        return Files.isRegularFile(root().resolve("config/domain.xml"));
    }

    /** The server's pid as written in {@code config/pid}, if that process is alive. */
    public Optional<ProcessHandle> runningProcess() {
        Path pidFile = root().resolve("config/pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // a pid of a Java process (not one the OS has reused for something else since)
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isRunning() {
        return runningProcess().isPresent();
    }

    /**
     * True when the domain exists and was configured from the current command file; false when it must be
     * (re)created. Application data lives in MariaDB, so recreating the domain loses nothing.
     */
    public boolean isUpToDate() throws IOException {
        Path marker = root().resolve(CONFIG_MARKER);
        return exists() && Files.isRegularFile(marker)
                && Files.readString(marker).trim().equals(sha256(Files.readAllBytes(commandFile)));
    }

    /**
     * True when {@code domain.xml} still registers the application: the launcher undeploys it at every orderly
     * stop, so it is there only after an interrupted run (kill -9, crash, stop-domain from outside). Such a domain
     * would load the old EAR at boot and then redeploy over it (slow, and fragile with application-defined
     * datasources), so the launcher recreates it instead.
     */
    public boolean hasApplication(String appName) throws IOException {
        Path domainXml = root().resolve("config/domain.xml");
        return Files.isRegularFile(domainXml) && registersApplication(Files.readString(domainXml), appName);
    }

    static boolean registersApplication(String domainXml, String appName) {
        return java.util.regex.Pattern.compile("<application\\s[^>]*\\sname=\"" + java.util.regex.Pattern.quote(appName) + "\"")
                .matcher(domainXml).find();
    }

    public void delete() throws IOException {
        if (Files.exists(root())) {
            check(asadmin.run(asadmin.local(Asadmin.deleteDomain(domainDir, name))), "delete-domain");
        }
    }

    public void create(int adminPort, int httpPort) throws IOException {
        Files.createDirectories(domainDir);
        check(asadmin.run(asadmin.local(Asadmin.createDomain(domainDir, name, adminPort, httpPort))), "create-domain");
    }

    /**
     * {@code start-domain} with {@code serverEnv} added to the environment the server JVM inherits. Under
     * {@code setsid} where available, so a Ctrl-C in the terminal reaches only the launcher, whose shutdown
     * hook then stops the domain in order (instead of the server receiving SIGINT at the same moment).
     */
    public void start(Map<String, String> serverEnv) throws IOException {
        check(asadmin.run(Asadmin.inNewSession(asadmin.local(Asadmin.startDomain(domainDir, name))), serverEnv, null),
                "start-domain");
    }

    public void stop() throws IOException {
        check(asadmin.run(asadmin.local(Asadmin.stopDomain(domainDir, name))), "stop-domain");
    }

    /** Applies {@code config/domain.asadmin} to the running domain and records that it did. */
    public void applyConfig() throws IOException {
        Asadmin.Result r = asadmin.run(asadmin.remote(Asadmin.multimode(commandFile)));
        check(r, "multimode --file " + commandFile);
        Files.writeString(root().resolve(CONFIG_MARKER), sha256(Files.readAllBytes(commandFile)) + "\n");
    }

    public void deploy(Path ear, String appName) throws IOException {
        check(asadmin.run(asadmin.remote(Asadmin.deploy(ear, appName)), Map.of(), line -> Console.raw("    " + line)),
                "deploy");
    }

    /**
     * asadmin multimode goes on after a failed command and may still exit with 0, so its output is checked
     * for the failure lines too.
     */
    static void check(Asadmin.Result r, String what) throws IOException {
        if (!r.ok() || failed(r.output())) {
            throw new IOException("asadmin " + what + " thất bại (failed), exit " + r.exitCode() + ":\n" + r.output());
        }
    }

    static boolean failed(String output) {
        for (String line : output.split("\\R")) {
            String l = line.trim();
            if (l.startsWith("Command ") && l.endsWith(" failed.")) {
                return true;
            }
            if (l.startsWith("remote failure:") || l.startsWith("CLI") && l.contains("failed")) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
