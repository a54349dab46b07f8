package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    @Test
    void pemWrapsBase64At64Columns() {
        String pem = SelfSignedCertificate.pem("CERTIFICATE", new byte[100]);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(pem.endsWith("\n-----END CERTIFICATE-----\n"));
        assertTrue(pem.lines().allMatch(l -> l.length() <= 64));
    }

    @Test
    void createsAReadablePairOnceWithTheJdkKeytool(@TempDir Path dir) throws Exception {
        SelfSignedCertificate tls = new SelfSignedCertificate(dir.resolve("tls")).ensure();
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(tls.certFile())));
        assertTrue(cert.getSubjectX500Principal().getName().contains("CN=localhost"));
        String key = Files.readString(tls.keyFile()).replaceAll("-----[A-Z ]+-----|\\s", "");
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        long modified = Files.getLastModifiedTime(tls.certFile()).toMillis();
        new SelfSignedCertificate(dir.resolve("tls")).ensure();
        assertEquals(modified, Files.getLastModifiedTime(tls.certFile()).toMillis());
        assertTrue(Files.list(dir.resolve("tls")).count() == 2);
    }
}
