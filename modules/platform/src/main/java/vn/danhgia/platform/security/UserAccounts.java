package vn.danhgia.platform.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.Set;

/** Creates and finds user accounts; passwords are hashed with PBKDF2 (Jakarta Security). */
@Stateless
public class UserAccounts {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, password, roles, null);
    }

    /** An account acting as a person of the organization module (PUB-3: own sheet, the people one evaluates). */
    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles, Long personId) {
        UserAccount account = new UserAccount(username, displayName, passwordHash.generate(password), roles, personId);
        em.persist(account);
        return account;
    }

    /** The person id of an account, empty for unknown users and technical accounts. */
    public Optional<Long> personIdOf(String username) {
        return find(username).map(UserAccount::getPersonId);
    }

    public Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** Every account, by user name. */
    public java.util.List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }
}
