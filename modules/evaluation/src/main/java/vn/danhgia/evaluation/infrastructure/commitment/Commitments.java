package vn.danhgia.evaluation.infrastructure.commitment;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code eva_commitment_campaign} and {@code eva_commitment} (RULES.md PRO-1, PUB-2). */
@Dependent
public class Commitments {

    @PersistenceContext(unitName = "evaluation")
    EntityManager em;

    public Optional<CampaignRecord> campaign(long id) {
        return Optional.ofNullable(em.find(CampaignRecord.class, id));
    }

    public Optional<CampaignRecord> campaign(long unitId, int year) {
        return em.createQuery("select c from CampaignRecord c where c.unitId = :unit and c.campaignYear = :year",
                        CampaignRecord.class)
                .setParameter("unit", unitId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The campaign, locked for the rest of the transaction (a signature and the publication do not interleave). */
    public Optional<CampaignRecord> campaignForUpdate(long id) {
        return Optional.ofNullable(em.find(CampaignRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The signed commitments of a campaign, oldest first. */
    public List<CommitmentRecord> commitments(long campaignId) {
        return em.createQuery("select c from CommitmentRecord c where c.campaignId = :campaign order by c.signedAt, c.id",
                        CommitmentRecord.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    public Optional<CommitmentRecord> commitment(long campaignId, long personId) {
        return em.createQuery("select c from CommitmentRecord c where c.campaignId = :campaign"
                        + " and c.personId = :person", CommitmentRecord.class)
                .setParameter("campaign", campaignId)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    public void insert(CampaignRecord campaign) {
        em.persist(campaign);
    }

    public void insert(CommitmentRecord commitment) {
        em.persist(commitment);
    }

    /** Writes pending changes now, so a key collision or a stale version fails inside the service's transaction. */
    public void flush() {
        em.flush();
    }
}
