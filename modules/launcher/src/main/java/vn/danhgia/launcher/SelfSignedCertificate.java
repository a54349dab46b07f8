package vn.danhgia.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local-only TLS pair of the embedded MariaDB. MariaDB 11.4 generates a new certificate at every start
 * unless it is given one (slow), and {@code --skip-ssl} breaks database creation, so the launcher makes a
 * self-signed pair once, with the JDK's own {@code keytool} (no OpenSSL needed), and keeps it next to the
 * data directory.
 */
public final class SelfSignedCertificate {

    public static final String CERT_FILE = "server-cert.pem";
    public static final String KEY_FILE = "server-key.pem";
    private static final char[] STORE_PASSWORD = "danhgia-local".toCharArray();

    private final Path dir;

    public SelfSignedCertificate(Path dir) {
        this.dir = dir;
    }

    public Path certFile() {
        return dir.resolve(CERT_FILE);
    }

    public Path keyFile() {
        return dir.resolve(KEY_FILE);
    }

    /** Creates the pair if it is not there yet. */
    public SelfSignedCertificate ensure() throws IOException {
        if (Files.isRegularFile(certFile()) && Files.isRegularFile(keyFile())) {
            return this;
        }
        Files.createDirectories(dir);
        Path store = dir.resolve("tmp-keystore.p12");
        Files.deleteIfExists(store);
        try {
            runKeytool(keytoolCommand(keytool(), store));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, STORE_PASSWORD);
            }
            Key key = ks.getKey("mariadb", STORE_PASSWORD);
            Certificate cert = ks.getCertificate("mariadb");
            Files.writeString(certFile(), pem("CERTIFICATE", cert.getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(keyFile(), pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
            restrictToOwner(keyFile());
        } catch (GeneralSecurityException e) {
            throw new IOException("Không tạo được chứng chỉ TLS (cannot create the TLS certificate)", e);
        } finally {
            Files.deleteIfExists(store);
        }
        return this;
    }

    static List<String> keytoolCommand(Path keytool, Path store) {
        String password = new String(STORE_PASSWORD);
        return List.of(keytool.toString(), "-genkeypair", "-noprompt",
                "-alias", "mariadb", "-keyalg", "RSA", "-keysize", "2048", "-validity", "36500",
                "-dname", "CN=localhost, O=DanhGia embedded MariaDB (local only)",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", password, "-keypass", password);
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static Path keytool() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path unix = bin.resolve("keytool");
        return Files.exists(unix) ? unix : bin.resolve("keytool.exe");
    }

    private static void runKeytool(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: nothing to do
        }
    }
}
