package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.evaluation.api.quarter.SheetRow;

/** Reads and writes of quarters and sheets; lists are one query joined with the current ruling. */
@Dependent
public class SheetStore {

    private static final String ROW = "SELECT s.id, s.person_id, s.staff_code, s.full_name, s.position_title, s.unit_id,"
            + " s.unit_name, s.focal_unit_id, s.focal_unit_name, s.form_code, s.evaluator_name, s.commenter_name,"
            + " s.evaluator_person_id, s.commenter_person_id,"
            + " s.self_at IS NOT NULL, s.self_late, s.comment_at IS NOT NULL, s.comment_late, s.scored_at IS NOT NULL,"
            + " s.scored_late, r.outcome, r.total, r.kind, r.summary"
            + " FROM eva_sheet s LEFT JOIN eva_ruling r ON r.sheet_id = s.id AND r.is_current WHERE s.quarter_id = ?1";
    private static final String ORDER = " ORDER BY s.unit_name, s.unit_id, s.full_name, s.id";

    @PersistenceContext(unitName = "evaluation")
    private EntityManager em;

    public Optional<QuarterRecord> quarter(long id) {
        return Optional.ofNullable(em.find(QuarterRecord.class, id));
    }

    public Optional<QuarterRecord> quarterForUpdate(long id) {
        return Optional.ofNullable(em.find(QuarterRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<QuarterRecord> quarter(long rootUnitId, int year, int quarter) {
        return em.createQuery("select q from QuarterRecord q where q.rootUnitId = :root and q.year = :year"
                        + " and q.quarter = :quarter", QuarterRecord.class)
                .setParameter("root", rootUnitId).setParameter("year", year).setParameter("quarter", quarter)
                .getResultStream().findFirst();
    }

    public List<QuarterRecord> quarters() {
        return em.createQuery("select q from QuarterRecord q order by q.year desc, q.quarter desc, q.id desc",
                QuarterRecord.class).getResultList();
    }

    public void persist(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    public Optional<SheetRecord> sheet(long id) {
        return Optional.ofNullable(em.find(SheetRecord.class, id));
    }

    public Optional<SheetRecord> sheetOf(long quarterId, long personId) {
        return em.createQuery("select s from SheetRecord s where s.quarterId = :q and s.personId = :p", SheetRecord.class)
                .setParameter("q", quarterId).setParameter("p", personId).getResultStream().findFirst();
    }

    public long sheetCount(long quarterId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM eva_sheet WHERE quarter_id = ?1")
                .setParameter(1, quarterId).getSingleResult()).longValue();
    }

    public java.util.Set<Long> personIdsWithSheet(long quarterId) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        em.createNativeQuery("SELECT person_id FROM eva_sheet WHERE quarter_id = ?1").setParameter(1, quarterId)
                .getResultList().forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /**
     * Rows of the quarter matching an extra condition over {@code s} (placeholders from ?2 on, bound in order),
     * ordered by unit and name.
     */
    public List<SheetRow> rows(long quarterId, String condition, Object... parameters) {
        Query query = em.createNativeQuery(ROW + (condition == null ? "" : " AND (" + condition + ")") + ORDER)
                .setParameter(1, quarterId);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        List<SheetRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row((Object[]) row));
        }
        return rows;
    }

    /** A page of the quarter's sheets after {@code afterId}, by id (the batch run's keyset reading). */
    public List<SheetInput> inputsAfter(long quarterId, long afterId, int limit) {
        List<SheetInput> inputs = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, person_id, unit_id, form_code, scores FROM eva_sheet"
                        + " WHERE quarter_id = ?1 AND id > ?2 ORDER BY id")
                .setParameter(1, quarterId).setParameter(2, afterId).setMaxResults(limit).getResultList()) {
            Object[] r = (Object[]) row;
            inputs.add(new SheetInput(((Number) r[0]).longValue(), quarterId, ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), r[3].toString(), r[4] == null ? null : r[4].toString()));
        }
        return inputs;
    }

    /** The people of the units in the quarter (for the unit condition of form 03, PRO-6), by unit. */
    public Map<Long, List<Long>> membersOfUnits(long quarterId, Collection<Long> unitIds) {
        Map<Long, List<Long>> members = new HashMap<>();
        if (unitIds.isEmpty()) {
            return members;
        }
        for (Object row : em.createNativeQuery("SELECT unit_id, person_id FROM eva_sheet WHERE quarter_id = ?1 AND unit_id IN ("
                + RulingStore.inList(new ArrayList<>(unitIds)) + ")").setParameter(1, quarterId).getResultList()) {
            Object[] r = (Object[]) row;
            members.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return members;
    }

    /**
     * The current monthly levels of the people in months [first, last] of a year: person → month → level. Every
     * revision of those months is read in one range scan of the unique (person, year, month, revision) index, in
     * revision order, and the highest one wins (MON-2). Not a self-join on MAX(revision): MariaDB 11.4 may join that
     * back through the (year, month) index, reading the whole month once per rating (about 1 M rows and 90 ms per page
     * of the demo instead of a few ms — half of a district run).
     */
    public Map<Long, Map<Integer, String>> monthlyLevels(Collection<Long> personIds, int year, int first, int last) {
        Map<Long, Map<Integer, String>> levels = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            String in = RulingStore.inList(ids.subList(i, Math.min(ids.size(), i + 1000)));
            for (Object row : em.createNativeQuery("SELECT person_id, month, level FROM eva_monthly_rating"
                            + " WHERE person_id IN (" + in + ") AND year = ?1 AND month BETWEEN ?2 AND ?3"
                            + " ORDER BY person_id, month, revision")
                    .setParameter(1, year).setParameter(2, first).setParameter(3, last).getResultList()) {
                Object[] r = (Object[]) row;
                levels.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .put(((Number) r[1]).intValue(), r[2].toString());
            }
        }
        return levels;
    }

    /** The rulings run's progress (its own transaction, whether or not the caller has one). */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordRunProgress(long quarterId, long lastSheetId) {
        em.createNativeQuery("UPDATE eva_quarter SET run_last_sheet_id = ?1 WHERE id = ?2")
                .setParameter(1, lastSheetId).setParameter(2, quarterId).executeUpdate();
    }

    /** Starts the progress of a new run from zero (inside the caller's transaction). */
    public void resetRunProgress(long quarterId) {
        em.createNativeQuery("UPDATE eva_quarter SET run_last_sheet_id = 0 WHERE id = ?1").setParameter(1, quarterId)
                .executeUpdate();
    }

    /** The sheets up to the last committed chunk of the rulings run. */
    public long runProgress(long quarterId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM eva_sheet s JOIN eva_quarter q ON q.id = s.quarter_id"
                + " WHERE s.quarter_id = ?1 AND s.id <= q.run_last_sheet_id").setParameter(1, quarterId)
                .getSingleResult()).longValue();
    }

    /** Submissions (form 06 / 07) of the quarter: unit id → {submitted_at, submitted_by, late}. */
    public Map<Long, Object[]> submissions(long quarterId, String kind) {
        Map<Long, Object[]> sent = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT unit_id, submitted_at, submitted_by, late FROM eva_submission"
                + " WHERE quarter_id = ?1 AND kind = ?2").setParameter(1, quarterId).setParameter(2, kind).getResultList()) {
            Object[] r = (Object[]) row;
            sent.put(((Number) r[0]).longValue(), r);
        }
        return sent;
    }

    public void insertSubmission(long quarterId, String kind, long unitId, String unitName, String by,
                                 java.time.LocalDateTime at, java.time.LocalDate due) {
        em.createNativeQuery("INSERT INTO eva_submission (quarter_id, kind, unit_id, unit_name, submitted_at,"
                        + " submitted_by, due, late) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, quarterId).setParameter(2, kind).setParameter(3, unitId).setParameter(4, unitName)
                .setParameter(5, at).setParameter(6, by).setParameter(7, due)
                .setParameter(8, vn.danhgia.evaluation.domain.professionalism.CycleRules.late(at, due)).executeUpdate();
    }

    public void insertReward(long quarterId, long sheetId, String reason, String by, java.time.LocalDateTime at) {
        em.createNativeQuery("INSERT INTO eva_reward_proposal (quarter_id, sheet_id, reason, proposed_at, proposed_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, quarterId).setParameter(2, sheetId)
                .setParameter(3, reason).setParameter(4, at).setParameter(5, by).executeUpdate();
    }

    /** Reward proposals with the sheet: sheet_id, full_name, position, unit_name, focal id, focal name, outcome, reason, at, by. */
    public List<Object[]> rewards(long quarterId, String condition, Object... parameters) {
        Query query = em.createNativeQuery("SELECT s.id, s.full_name, s.position_title, s.unit_name, s.focal_unit_id,"
                + " s.focal_unit_name, r.outcome, p.reason, p.proposed_at, p.proposed_by FROM eva_reward_proposal p"
                + " JOIN eva_sheet s ON s.id = p.sheet_id LEFT JOIN eva_ruling r ON r.sheet_id = s.id AND r.is_current"
                + " WHERE p.quarter_id = ?1" + (condition == null ? "" : " AND (" + condition + ")")
                + " ORDER BY s.focal_unit_name, s.unit_name, s.full_name").setParameter(1, quarterId);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        List<Object[]> rows = new ArrayList<>();
        query.getResultList().forEach(r -> rows.add((Object[]) r));
        return rows;
    }

    private static SheetRow row(Object[] r) {
        String outcome = r[20] == null ? null : r[20].toString();
        return new SheetRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), str(r[2]), str(r[3]), str(r[4]),
                ((Number) r[5]).longValue(), str(r[6]), r[7] == null ? null : ((Number) r[7]).longValue(), str(r[8]),
                str(r[9]), lng(r[12]), str(r[10]), lng(r[13]), str(r[11]), bool(r[14]), bool(r[15]), bool(r[16]),
                bool(r[17]), bool(r[18]), bool(r[19]), outcome, RulingStore.decimal(r[21]), "ADJUSTMENT".equals(r[22]),
                "NOT_EVALUATED".equals(outcome) ? str(r[23]) : null);
    }

    private static Long lng(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
