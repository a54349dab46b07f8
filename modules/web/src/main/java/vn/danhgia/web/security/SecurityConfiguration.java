package vn.danhgia.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users and roles come from the platform tables {@code plt_user} and {@code plt_user_role};
 * passwords are PBKDF2 hashes.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/danhgia",
        callerQuery = "select password_hash from plt_user where username = ? and enabled = true",
        groupsQuery = "select r.role from plt_user_role r join plt_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class SecurityConfiguration {
}
