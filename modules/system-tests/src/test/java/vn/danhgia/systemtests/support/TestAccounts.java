package vn.danhgia.systemtests.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Creates user accounts straight in the test database for client-side tests, with the PBKDF2 hash in the format of
 * Jakarta Security's default {@code Pbkdf2PasswordHash} ("PBKDF2WithHmacSHA256:2048:salt:hash", Base64).
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void create(Connection c, String username, String password, String role, Long personId) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plt_user (username, display_name, password_hash, enabled,"
                + " created_at, person_id) VALUES (?, ?, ?, TRUE, NOW(), ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setString(2, username);
            s.setString(3, hash(password));
            s.setObject(4, personId);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plt_user_role (user_id, role) VALUES (?, ?)")) {
            s.setLong(1, id);
            s.setString(2, role);
            s.executeUpdate();
        }
    }

    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 32 * 8)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:2048:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
