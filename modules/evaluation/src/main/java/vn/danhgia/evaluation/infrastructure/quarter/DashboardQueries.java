package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-based figures of a quarter for the dashboard: each method is one aggregate query over {@code eva_sheet s} (joined
 * with the current ruling {@code r} where needed), restricted by an optional condition over {@code s} whose
 * placeholders start at ?2 (the viewer's visibility, as {@link SheetStore#rows} takes it). ?1 is the quarter.
 */
@Dependent
public class DashboardQueries {

    private static final String SHEETS = " FROM eva_sheet s LEFT JOIN eva_ruling r ON r.sheet_id = s.id AND r.is_current"
            + " WHERE s.quarter_id = ?1";

    @PersistenceContext(unitName = "evaluation")
    private EntityManager em;

    /** People by unit and current outcome (null = not ruled). */
    public record OutcomeCount(long unitId, String unitName, String block, String outcome, long count) {
    }

    /**
     * The sheet steps (PRO-11 steps 1 and 2): for each, how many are done, done late, and missing (not done, the person
     * not ruled "not evaluated"); the comment step counts only form-05 sheets with a commenter.
     */
    public record SheetSteps(long selfDone, long selfLate, long selfMissing, long commentDone, long commentLate,
                             long commentMissing, long scoreDone, long scoreLate, long scoreMissing) {
    }

    /** Units (or focal bodies) concerned, how many sent their form, how many of those late. */
    public record Submissions(long expected, long sent, long late) {
    }

    /** The evaluator's total of the sheets ruled professional or not (adjusted ones included), by form and total. */
    public record TotalCount(String formCode, BigDecimal total, long count) {
    }

    public List<OutcomeCount> outcomesByUnit(long quarterId, String condition, Object... parameters) {
        List<OutcomeCount> counts = new ArrayList<>();
        for (Object row : query("SELECT s.unit_id, s.unit_name, s.block, r.outcome, COUNT(*)" + SHEETS
                + where(condition) + " GROUP BY s.unit_id, s.unit_name, s.block, r.outcome ORDER BY s.unit_name, s.unit_id",
                quarterId, parameters).getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new OutcomeCount(number(r[0]), str(r[1]), str(r[2]), str(r[3]), number(r[4])));
        }
        return counts;
    }

    public SheetSteps sheetSteps(long quarterId, String condition, Object... parameters) {
        String ruledOut = "COALESCE(r.outcome, '') = 'NOT_EVALUATED'";
        Object[] r = (Object[]) query("SELECT"
                + " SUM(s.self_at IS NOT NULL), SUM(s.self_at IS NOT NULL AND s.self_late),"
                + " SUM(s.self_at IS NULL AND NOT " + ruledOut + "),"
                + " SUM(s.commenter_person_id IS NOT NULL AND s.comment_at IS NOT NULL),"
                + " SUM(s.commenter_person_id IS NOT NULL AND s.comment_at IS NOT NULL AND s.comment_late),"
                + " SUM(s.commenter_person_id IS NOT NULL AND s.comment_at IS NULL AND NOT " + ruledOut + "),"
                + " SUM(s.scored_at IS NOT NULL), SUM(s.scored_at IS NOT NULL AND s.scored_late),"
                + " SUM(s.scored_at IS NULL AND NOT " + ruledOut + ")"
                + SHEETS + where(condition), quarterId, parameters).getSingleResult();
        return new SheetSteps(number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]),
                number(r[6]), number(r[7]), number(r[8]));
    }

    /** Form 06 (kind UNIT_SUMMARY, per unit of the sheets) or form 07 (BLOCK_REPORT, per focal body of the sheets). */
    public Submissions submissions(long quarterId, String kind, String condition, Object... parameters) {
        String unit = "BLOCK_REPORT".equals(kind) ? "s.focal_unit_id" : "s.unit_id";
        Object[] r = (Object[]) query("SELECT COUNT(DISTINCT " + unit + "), COUNT(DISTINCT x.id),"
                + " COUNT(DISTINCT CASE WHEN x.late THEN x.id END) FROM eva_sheet s LEFT JOIN eva_submission x"
                + " ON x.quarter_id = s.quarter_id AND x.kind = '" + ("BLOCK_REPORT".equals(kind) ? "BLOCK_REPORT" : "UNIT_SUMMARY")
                + "' AND x.unit_id = " + unit + " WHERE s.quarter_id = ?1" + where(condition), quarterId, parameters)
                .getSingleResult();
        return new Submissions(number(r[0]), number(r[1]), number(r[2]));
    }

    public List<TotalCount> totals(long quarterId, String condition, Object... parameters) {
        List<TotalCount> totals = new ArrayList<>();
        // an adjustment (PRO-10) carries no total: the evaluator's total is the one of the latest run before it
        String total = "COALESCE(r.total, (SELECT p.total FROM eva_ruling p WHERE p.sheet_id = s.id AND p.total IS NOT NULL"
                + " ORDER BY p.revision DESC LIMIT 1))";
        for (Object row : query("SELECT t.form_code, t.total, COUNT(*) FROM (SELECT s.form_code, " + total + " AS total"
                + " FROM eva_sheet s JOIN eva_ruling r ON r.sheet_id = s.id AND r.is_current WHERE s.quarter_id = ?1"
                + " AND r.outcome IN ('PROFESSIONAL', 'NOT_PROFESSIONAL')" + where(condition) + ") t"
                + " WHERE t.total IS NOT NULL GROUP BY t.form_code, t.total", quarterId, parameters).getResultList()) {
            Object[] r = (Object[]) row;
            totals.add(new TotalCount(str(r[0]), RulingStore.decimal(r[1]), number(r[2])));
        }
        return totals;
    }

    private Query query(String sql, long quarterId, Object... parameters) {
        Query query = em.createNativeQuery(sql).setParameter(1, quarterId);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        return query;
    }

    private static String where(String condition) {
        return condition == null ? "" : " AND (" + condition + ")";
    }

    private static long number(Object value) {
        return value == null ? 0 : value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
