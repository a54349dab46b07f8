package vn.danhgia.platform.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Logger;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/**
 * Creates the first administrator when no user exists. The password comes from
 * {@code DANHGIA_ADMIN_PASSWORD}; otherwise one is generated and written once to the server
 * log, on a line the launcher recognises and shows to the person starting the system.
 */
@Stateless
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    public static final String GENERATED_PASSWORD_MARKER = "DANHGIA_ADMIN_PASSWORD_GENERATED=";

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @EJB
    private UserAccounts users;

    @EJB
    private AuditLog auditLog;

    public void ensureAdministrator() {
        if (users.count() > 0) {
            return;
        }
        String configured = System.getenv("DANHGIA_ADMIN_PASSWORD");
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        users.create(ADMIN_USERNAME, "Quản trị hệ thống", password.toCharArray(), EnumSet.allOf(Role.class));
        auditLog.record("system", AuditAction.ADMIN_CREATED, ADMIN_USERNAME,
                generated ? "password generated" : "password from DANHGIA_ADMIN_PASSWORD");
        if (generated) {
            LOG.warning(GENERATED_PASSWORD_MARKER + password);
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
