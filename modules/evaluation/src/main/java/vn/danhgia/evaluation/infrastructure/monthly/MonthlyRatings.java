package vn.danhgia.evaluation.infrastructure.monthly;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and inserts {@code eva_monthly_rating} rows; the current rating is the highest revision (PUB-2). */
@Dependent
public class MonthlyRatings {

    /** MariaDB handles IN lists of this size comfortably; larger sets are read in chunks. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "evaluation")
    EntityManager em;

    /** The current rating of each of the people for the month, by person id (people without a rating are absent). */
    public Map<Long, MonthlyRatingRecord> current(Collection<Long> personIds, int year, int month) {
        Map<Long, MonthlyRatingRecord> current = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            em.createQuery("select r from MonthlyRatingRecord r where r.ratingYear = :year and r.ratingMonth = :month"
                            + " and r.personId in :ids", MonthlyRatingRecord.class)
                    .setParameter("year", year)
                    .setParameter("month", month)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> current.merge(r.getPersonId(), r,
                            (a, b) -> a.getRevision() >= b.getRevision() ? a : b));
        }
        return current;
    }

    /** The current rating of each month of the year range [firstMonth, lastMonth] of one person, by month. */
    public Map<Integer, MonthlyRatingRecord> currentOfMonths(long personId, int year, int firstMonth, int lastMonth) {
        Map<Integer, MonthlyRatingRecord> current = new HashMap<>();
        em.createQuery("select r from MonthlyRatingRecord r where r.personId = :person and r.ratingYear = :year"
                        + " and r.ratingMonth between :first and :last", MonthlyRatingRecord.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .setParameter("first", firstMonth)
                .setParameter("last", lastMonth)
                .getResultList()
                .forEach(r -> current.merge(r.getMonth(), r, (a, b) -> a.getRevision() >= b.getRevision() ? a : b));
        return current;
    }

    public void insert(MonthlyRatingRecord record) {
        em.persist(record);
    }

    /** Writes pending inserts now, so a revision collision fails inside the service's transaction. */
    public void flush() {
        em.flush();
    }
}
