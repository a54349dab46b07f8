package vn.danhgia.platform.rules;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** Publishes rule pack versions and finds the one in force on a date (RULES.md RP-1). */
@Stateless
public class RulePackStore {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    /** Publishes the next version of a pack; earlier versions stay untouched. */
    public RulePack publish(String code, String legalBasis, LocalDate from, LocalDate to, String json, String by) {
        int next = em.createQuery("select coalesce(max(p.version), 0) from RulePack p where p.code = :c", Integer.class)
                .setParameter("c", code).getSingleResult() + 1;
        RulePack pack = new RulePack(code, next, legalBasis, from, to, json, by);
        em.persist(pack);
        return pack;
    }

    /** The newest version of the pack whose effective period contains the date. */
    public Optional<RulePack> inForce(String code, LocalDate date) {
        return em.createQuery("select p from RulePack p where p.code = :c and p.effectiveFrom <= :d "
                        + "and (p.effectiveTo is null or p.effectiveTo >= :d) order by p.version desc", RulePack.class)
                .setParameter("c", code).setParameter("d", date)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** One published version of a pack. */
    public Optional<RulePack> version(String code, int version) {
        return em.createQuery("select p from RulePack p where p.code = :c and p.version = :v", RulePack.class)
                .setParameter("c", code).setParameter("v", version).getResultStream().findFirst();
    }

    /** Every published version of a pack, newest first. */
    public java.util.List<RulePack> versions(String code) {
        return em.createQuery("select p from RulePack p where p.code = :c order by p.version desc", RulePack.class)
                .setParameter("c", code).getResultList();
    }
}
