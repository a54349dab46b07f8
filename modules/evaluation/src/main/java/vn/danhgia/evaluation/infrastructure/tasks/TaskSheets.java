package vn.danhgia.evaluation.infrastructure.tasks;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes task sheets, their tasks and conclusions (RULES.md MON-3). */
@Dependent
public class TaskSheets {

    @PersistenceContext(unitName = "evaluation")
    EntityManager em;

    public Optional<TaskSheetRecord> sheet(long personId, String periodKind, int year, int period) {
        return em.createQuery("select s from TaskSheetRecord s where s.personId = :person and s.periodKind = :kind"
                        + " and s.periodYear = :year and s.period = :period", TaskSheetRecord.class)
                .setParameter("person", personId).setParameter("kind", periodKind).setParameter("year", year)
                .setParameter("period", period).getResultList().stream().findFirst();
    }

    public Optional<TaskSheetRecord> sheet(long id) {
        return Optional.ofNullable(em.find(TaskSheetRecord.class, id));
    }

    public Optional<TaskRecord> task(long id) {
        return Optional.ofNullable(em.find(TaskRecord.class, id));
    }

    public List<TaskRecord> tasks(long sheetId) {
        return em.createQuery("select t from TaskRecord t where t.sheetId = :sheet order by t.position", TaskRecord.class)
                .setParameter("sheet", sheetId).getResultList();
    }

    /** Every revision of the conclusion, the current (highest) first. */
    public List<TaskConclusionRecord> conclusions(long sheetId) {
        return em.createQuery("select c from TaskConclusionRecord c where c.sheetId = :sheet order by c.revision desc",
                TaskConclusionRecord.class).setParameter("sheet", sheetId).getResultList();
    }

    public void insert(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }
}
