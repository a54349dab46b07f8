package vn.danhgia.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The raw-SQL floor of a rulings run: the same inputs (the sheets' scores, the current monthly ratings of the
 * quarter's months, discipline and inspections overlapping the quarter, absences of the PRO-8 kinds) read and one
 * result row per ruled sheet written by a single {@code INSERT ... SELECT} with CASE expressions into the scratch table
 * {@code eva_bench_floor} (created and dropped here). The score conditions are exact (PRO-4 validity and the PRO-6/7
 * per-criterion conditions, position by position, as one regular expression per form); simplified against the rules:
 * absence days are weekdays of the overlaps (no holiday calendar, overlaps not merged), no PRO-6 unit condition for
 * form 03, no total and no explanation (findings JSON) — only the outcome and a short line of facts. It shows how fast
 * the database alone reads the inputs and writes the results; the run's extra time is the Java side (rules, findings,
 * fingerprints, JDBC round trips, batch bookkeeping). (Parsing every score into rows with JSON_TABLE instead costs
 * about 15 s for 200,000 sheets on the reference machine — not a floor.)
 */
final class RawSqlFloor {

    /** Result of the floor: rows written, best time, and how many outcomes agree with the run's current rulings. */
    record Result(long rows, double seconds, long agreeing, long compared) {
    }

    private static final String ABSENCE_KINDS = "'MATERNITY', 'SICK', 'UNPAID', 'ANNUAL', 'SUMMER_BREAK'";
    private static final int ABSENCE_THRESHOLD = 15;

    private RawSqlFloor() {
    }

    /** Runs the floor {@code repeats} times over the quarters (all of the same year and quarter); keeps the fastest. */
    static Result measure(Connection c, List<Long> quarterIds, int year, int quarter, int repeats) throws SQLException {
        try (Statement s = c.createStatement()) {
            // the floor's own session may keep its derived tables (200,000 people's ratings) in memory: with the
            // default 16 MB they spill to disk and the statement takes five times as long
            s.execute("SET SESSION max_heap_table_size = 512 * 1024 * 1024, tmp_table_size = 512 * 1024 * 1024");
            s.execute("DROP TABLE IF EXISTS eva_bench_floor");
            s.execute("CREATE TABLE eva_bench_floor (sheet_id BIGINT PRIMARY KEY, quarter_id BIGINT NOT NULL,"
                    + " outcome VARCHAR(20) NOT NULL, facts VARCHAR(500) NOT NULL,"
                    + " created_at DATETIME(6) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            try {
                double best = Double.MAX_VALUE;
                long rows = 0;
                String sql = sql(quarterIds, year, quarter, sheetIds(c, quarterIds));
                for (int i = 0; i < Math.max(1, repeats); i++) {
                    s.execute("TRUNCATE TABLE eva_bench_floor");
                    long t0 = System.nanoTime();
                    rows = s.executeUpdate(sql);
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                }
                long agreeing = QuarterData.count(c, "SELECT COUNT(*) FROM eva_bench_floor f JOIN eva_ruling r"
                        + " ON r.sheet_id = f.sheet_id AND r.is_current WHERE f.outcome = r.outcome");
                long compared = QuarterData.count(c, "SELECT COUNT(*) FROM eva_bench_floor f JOIN eva_ruling r"
                        + " ON r.sheet_id = f.sheet_id AND r.is_current");
                return new Result(rows, best, agreeing, compared);
            } finally {
                s.execute("DROP TABLE IF EXISTS eva_bench_floor");
                s.execute("SET SESSION max_heap_table_size = DEFAULT, tmp_table_size = DEFAULT");
            }
        }
    }

    /** The sheet ids of the quarters lie between these two (a quarter's sheets are created together). */
    static long[] sheetIds(Connection c, List<Long> quarterIds) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0)"
                + " FROM eva_sheet WHERE quarter_id IN (" + QuarterData.in(quarterIds) + ")")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * The floor's statement. {@code sheetIds} (first and last sheet id of the quarters) lets it read the sheets by
     * primary key range, as the run does (page by page by id) — on a database holding many quarters the optimizer
     * would otherwise scan the whole sheet table.
     */
    static String sql(List<Long> quarterIds, int year, int quarter, long[] sheetIds) {
        String quarters = QuarterData.in(quarterIds);
        String range = " BETWEEN " + sheetIds[0] + " AND " + sheetIds[1];
        int first = quarter * 3 - 2;
        String from = "'" + QuarterData.firstDay(year, quarter) + "'";
        String to = "'" + QuarterData.lastDay(year, quarter) + "'";
        String overlapStart = "GREATEST(a.start_date, " + from + ")";
        String overlapEnd = "LEAST(a.end_date, " + to + ")";
        // weekdays in [overlapStart, overlapEnd]: whole weeks × 5 plus the weekdays of the remaining days
        String weekdays = "(FLOOR((DATEDIFF(" + overlapEnd + ", " + overlapStart + ") + 1) / 7) * 5"
                + " + (SELECT COUNT(*) FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
                + " UNION ALL SELECT 4 UNION ALL SELECT 5) x WHERE x.d < MOD(DATEDIFF(" + overlapEnd + ", " + overlapStart
                + ") + 1, 7) AND WEEKDAY(" + overlapStart + " + INTERVAL x.d DAY) < 5))";
        // PRO-4: a valid sheet of its form; PRO-6/PRO-7: every mandatory criterion 10, every other at least 8 — each
        // checked position by position by one regular expression per form (the total follows from them)
        String valid = "CASE s.form_code WHEN '03' THEN s.scores REGEXP '" + validPattern(45) + "'"
                + " WHEN '04' THEN s.scores REGEXP '" + validPattern(30) + "'"
                + " WHEN '05' THEN s.scores REGEXP '" + validPattern(30) + "' ELSE 0 END";
        String passes = "CASE s.form_code WHEN '03' THEN s.scores REGEXP '" + passPattern(45, QuarterData.MAU_45_MANDATORY)
                + "' ELSE s.scores REGEXP '" + passPattern(30, QuarterData.MAU_30_MANDATORY) + "' END";
        return "INSERT INTO eva_bench_floor (sheet_id, quarter_id, outcome, facts, created_at)"
                + " SELECT s.id, s.quarter_id,"
                + " CASE WHEN COALESCE(ab.days, 0) >= " + ABSENCE_THRESHOLD + " THEN 'NOT_EVALUATED'"
                + " WHEN s.scores IS NULL OR NOT (" + valid + ") THEN 'INVALID_INPUT'"
                + " WHEN COALESCE(mr.n, 0) = 3 AND mr.min_rank >= 3 AND mr.htxs >= 1 AND d.person_id IS NULL"
                + " AND COALESCE(i.under_inspection, 0) = 0 AND COALESCE(i.violation, 0) = 0"
                + " AND " + passes + " THEN 'PROFESSIONAL'"
                + " ELSE 'NOT_PROFESSIONAL' END,"
                + " CONCAT_WS('|', s.form_code, COALESCE(mr.levels, '?'), d.person_id IS NOT NULL,"
                + " COALESCE(i.under_inspection, 0), COALESCE(i.violation, 0), COALESCE(ab.days, 0)), NOW(6)"
                + " FROM eva_sheet s"
                // PRO-5: the current (highest revision) rating of each month of the quarter
                + " LEFT JOIN (SELECT person_id, COUNT(*) AS n, SUM(level = 'HTXS') AS htxs,"
                + " MIN(CASE level WHEN 'HTXS' THEN 4 WHEN 'HTT' THEN 3 WHEN 'HT' THEN 2 ELSE 1 END) AS min_rank,"
                // (not GROUP_CONCAT: its text result forces the derived table onto disk)
                + " CONCAT_WS(',', MAX(IF(month = " + first + ", level, NULL)), MAX(IF(month = " + (first + 1)
                + ", level, NULL)), MAX(IF(month = " + (first + 2) + ", level, NULL))) AS levels"
                // (the quarter's people's ratings through the unique index, as the run reads them — not a scan of
                // the whole table, which grows with every benchmark run)
                + " FROM (SELECT r.person_id, r.month, r.level, ROW_NUMBER() OVER (PARTITION BY r.person_id, r.month"
                + " ORDER BY r.revision DESC) AS rn FROM eva_sheet q JOIN eva_monthly_rating r"
                + " ON r.person_id = q.person_id AND r.year = " + year + " AND r.month BETWEEN " + first + " AND "
                + (first + 2) + " WHERE q.id" + range + " AND q.quarter_id IN (" + quarters + ")) c WHERE rn = 1"
                + " GROUP BY person_id) mr"
                + " ON mr.person_id = s.person_id"
                // PRO-5: discipline in force, inspections
                + " LEFT JOIN (SELECT DISTINCT person_id FROM org_discipline WHERE in_force_from <= " + to
                + " AND (in_force_to IS NULL OR in_force_to >= " + from + ")) d ON d.person_id = s.person_id"
                + " LEFT JOIN (SELECT person_id, MAX(kind = 'UNDER_INSPECTION') AS under_inspection,"
                + " MAX(kind = 'VIOLATION_FOUND') AS violation FROM org_inspection WHERE start_date <= " + to
                + " AND (end_date IS NULL OR end_date >= " + from + ") GROUP BY person_id) i ON i.person_id = s.person_id"
                // PRO-8: absence working days (weekdays) of the pack's kinds
                + " LEFT JOIN (SELECT a.person_id, SUM(" + weekdays + ") AS days FROM org_absence a WHERE a.kind IN ("
                + ABSENCE_KINDS + ") AND a.start_date <= " + to + " AND a.end_date >= " + from
                + " GROUP BY a.person_id) ab ON ab.person_id = s.person_id"
                + " WHERE s.id" + range + " AND s.quarter_id IN (" + quarters + ")"
                // the run writes a ruling for a scored sheet, or for a person not evaluated (PRO-8) even unscored
                + " AND (s.scores IS NOT NULL OR COALESCE(ab.days, 0) >= " + ABSENCE_THRESHOLD + ")";
    }

    /** A stored score list of {@code count} scores on the PRO-4 scale (1..10 by 0.5, as {@code ScoreList} writes them). */
    static String validPattern(int count) {
        String score = "(10|[1-9](\\\\.5)?)";
        return "^" + score + "(;" + score + "){" + (count - 1) + "}$";
    }

    /** Every mandatory position exactly 10, every other position 8 or more. */
    static String passPattern(int count, Set<Integer> mandatory) {
        StringBuilder pattern = new StringBuilder("^");
        for (int i = 1; i <= count; i++) {
            pattern.append(i == 1 ? "" : ";").append(mandatory.contains(i) ? "10" : "(10|9\\\\.5|9|8\\\\.5|8)");
        }
        return pattern.append('$').toString();
    }
}
