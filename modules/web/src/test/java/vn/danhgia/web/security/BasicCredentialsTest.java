package vn.danhgia.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String header(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("HTTP Basic user and password are read, passwords may contain colons and Vietnamese letters")
    void parses() {
        var credential = BasicCredentials.parse(header("admin:mật:khẩu"));
        assertEquals("admin", credential.getCaller());
        assertEquals("mật:khẩu", credential.getPasswordAsString());
    }

    @Test
    @DisplayName("Missing, foreign or malformed headers give no credential")
    void rejects() {
        assertNull(BasicCredentials.parse(null));
        assertNull(BasicCredentials.parse("Bearer abc"));
        assertNull(BasicCredentials.parse("Basic !!!"));
        assertNull(BasicCredentials.parse(header("no-colon")));
    }
}
