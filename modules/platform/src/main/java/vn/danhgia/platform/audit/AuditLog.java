package vn.danhgia.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/** Writes and reads the audit log ({@code plt_audit_log}). */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    /** Records an entry in its own transaction, so a failed business transaction still leaves its trace. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String target, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(), truncate(actor, 100), action.name(),
                truncate(target, 255), truncate(detail, 2000)));
    }

    public List<AuditEntry> latest(AuditAction action, int max) {
        return em.createQuery("select a from AuditEntry a where a.action = :action order by a.id desc", AuditEntry.class)
                .setParameter("action", action.name())
                .setMaxResults(max)
                .getResultList();
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max);
    }
}
