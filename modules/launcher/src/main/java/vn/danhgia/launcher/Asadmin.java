package vn.danhgia.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs Payara's {@code asadmin} as {@code java -jar glassfish/lib/client/appserver-cli.jar} (what the
 * {@code bin/asadmin} script does), with the launcher's own JDK: no shell script, no executable bit needed.
 * The command-line builders are pure and unit-tested.
 */
public final class Asadmin {

    /** The outcome of one asadmin run: its exit code and everything it printed. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final Path payaraHome;
    private final Path javaHome;
    private final String host;
    private final int adminPort;

    public Asadmin(Path payaraHome, Path javaHome, String host, int adminPort) {
        this.payaraHome = payaraHome;
        this.javaHome = javaHome;
        this.host = host;
        this.adminPort = adminPort;
    }

    public static Asadmin of(LauncherSettings s) {
        return new Asadmin(s.payaraHome(), Path.of(System.getProperty("java.home")), "localhost",
                LauncherSettings.ADMIN_PORT);
    }

    public Path cliJar() {
        return payaraHome.resolve("glassfish/lib/client/appserver-cli.jar");
    }

    /** {@code java -jar appserver-cli.jar --interactive=false <args>} — for local commands (create/start/stop-domain). */
    public List<String> local(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java().toString(), "-jar", cliJar().toString(), "--interactive=false"));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Like {@link #local} plus {@code --host/--port} of the running domain's admin listener. */
    public List<String> remote(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java().toString(), "-jar", cliJar().toString(), "--interactive=false",
                "--host", host, "--port", String.valueOf(adminPort)));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    public static String[] createDomain(Path domainDir, String name, int adminPort, int httpPort) {
        return new String[] {"create-domain", "--domaindir", domainDir.toString(),
                "--adminport", String.valueOf(adminPort), "--instanceport", String.valueOf(httpPort),
                "--nopassword=true", "--checkports=true", name};
    }

    public static String[] deleteDomain(Path domainDir, String name) {
        return new String[] {"delete-domain", "--domaindir", domainDir.toString(), name};
    }

    public static String[] startDomain(Path domainDir, String name) {
        return new String[] {"start-domain", "--domaindir", domainDir.toString(), name};
    }

    public static String[] stopDomain(Path domainDir, String name) {
        return new String[] {"stop-domain", "--domaindir", domainDir.toString(), name};
    }

    /** Runs every asadmin command of a command file in one asadmin JVM. */
    public static String[] multimode(Path commandFile) {
        return new String[] {"multimode", "--file", commandFile.toString()};
    }

    public static String[] deploy(Path archive, String name) {
        return new String[] {"deploy", "--force=true", "--name", name, archive.toString()};
    }

    /** Prefixes {@code setsid} (util-linux) when the system has it: the process gets a session of its own. */
    public static List<String> inNewSession(List<String> command) {
        return inNewSession(command, Path.of("/usr/bin/setsid"));
    }

    static List<String> inNewSession(List<String> command, Path setsid) {
        if (!setsid.toFile().canExecute()) {
            return command;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(setsid.toString());
        cmd.addAll(command);
        return cmd;
    }

    /**
     * Runs an asadmin command line and waits for it. The environment of this process is inherited and
     * {@code extraEnv} is added: {@code start-domain} passes it on to the server JVM.
     */
    public Result run(List<String> command, Map<String, String> extraEnv, Consumer<String> lineSink)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(extraEnv);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("AS_JAVA", javaHome.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (lineSink != null) {
                    lineSink.accept(line);
                }
            }
        }
        try {
            return new Result(p.waitFor(), out.toString());
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    public Result run(List<String> command) throws IOException {
        return run(command, Map.of(), null);
    }

    private Path java() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return javaHome.resolve(windows ? "bin/java.exe" : "bin/java");
    }
}
