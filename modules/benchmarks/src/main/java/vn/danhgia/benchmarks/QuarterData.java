package vn.danhgia.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark's set-based SQL on the application's tables: free quarters, generated scores and monthly ratings,
 * and (city scale) a quarter with its sheets created directly. Every statement is one INSERT ... SELECT or UPDATE over
 * all rows; the generated values are a deterministic function of the seed and the person id.
 *
 * <p>The criteria of the forms are those of the rule pack {@code pro-longbien-2023.json} (evaluation module): form 03
 * uses MAU-45-LANH-DAO (45 criteria, 30 mandatory), forms 04 and 05 MAU-30 (30 criteria, 20 mandatory); PRO-6/PRO-7:
 * mandatory criteria need 10, the others 8, the total 420–450 / 280–300.
 */
final class QuarterData {

    static final Set<Integer> MAU_30_MANDATORY = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 15, 18, 21, 22, 23, 24, 25,
            27, 30);
    static final Set<Integer> MAU_45_MANDATORY = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 19, 20, 21, 22,
            23, 24, 28, 29, 30, 31, 32, 33, 34, 35, 36);
    static final String BENCH_USER = "benchmark";

    private QuarterData() {
    }

    // --- units and quarters -----------------------------------------------------------------------------------

    /** The id of the unit with that code valid on the date. */
    static long unitId(Connection c, String code, LocalDate date) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE code = ? AND valid_from <= ?"
                + " AND (valid_to IS NULL OR valid_to > ?) ORDER BY id DESC LIMIT 1")) {
            s.setString(1, code);
            s.setObject(2, date);
            s.setObject(3, date);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Không có đơn vị mã " + code + " tại ngày " + date
                            + " (no unit with code " + code + " on " + date + ")");
                }
                return rs.getLong(1);
            }
        }
    }

    /**
     * {year, quarter}: the one asked for (must be free for every root), else the first free one from 2025 Q2 on, then
     * the earlier ones — only in years the holiday calendar has (ORG-7: a run counts absence working days and fails
     * for a year without holidays entered). With the default clean-up the benchmark deletes its quarters afterwards,
     * so this is 2025 Q2 every time.
     */
    static int[] freeQuarter(Connection c, List<Long> roots, Integer year, Integer quarter) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT YEAR(holiday_date) FROM plt_holiday ORDER BY 1")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        if (year != null) {
            if (!years.contains(year)) {
                throw new IllegalStateException("Năm " + year + " chưa có lịch ngày nghỉ (no holiday calendar for " + year
                        + "; the run would fail, ORG-7) — có: " + years);
            }
            if (!free(c, roots, year, quarter)) {
                throw new IllegalStateException("Quý " + quarter + "/" + year + " đã mở cho một trong các đơn vị gốc "
                        + roots + " (already opened); bỏ --year/--quarter để chọn quý còn trống");
            }
            return new int[] {year, quarter};
        }
        List<int[]> candidates = new ArrayList<>();
        for (int y : years) {
            for (int q = 1; q <= 4; q++) {
                candidates.add(new int[] {y, q});
            }
        }
        // 2025 Q2 and later first, then the earlier quarters
        candidates.sort((a, b) -> {
            boolean lateA = a[0] * 10 + a[1] >= 20252;
            boolean lateB = b[0] * 10 + b[1] >= 20252;
            return lateA != lateB ? (lateA ? -1 : 1) : Integer.compare(a[0] * 10 + a[1], b[0] * 10 + b[1]);
        });
        for (int[] candidate : candidates) {
            if (free(c, roots, candidate[0], candidate[1])) {
                return candidate;
            }
        }
        throw new IllegalStateException("Không còn quý trống trong các năm có lịch ngày nghỉ " + years + " (no free quarter"
                + " left in the calendar's years for roots " + roots + "): chạy lại không có --keep để benchmark tự xóa quý"
                + " của nó, hoặc nhập lịch ngày nghỉ của năm sau");
    }

    private static boolean free(Connection c, List<Long> roots, int year, int quarter) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM eva_quarter WHERE year = " + year + " AND quarter = " + quarter
                + " AND root_unit_id IN (" + in(roots) + ")") == 0;
    }

    static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    static LocalDate lastDay(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    // --- generated input ----------------------------------------------------------------------------------------

    /**
     * Scores every sheet of forms 03/04/05 as self-assessed and scored (same scores), one UPDATE: by a hash of the seed
     * and the person, 70 % all 10s, 15 % a 7.5 on a non-mandatory criterion (PRO-6/7 fail), 15 % a 9.5 on a mandatory
     * one (fail). Returns the sheets updated.
     */
    static int fillScores(Connection c, List<Long> quarterIds, long seed) throws SQLException {
        String bucket = "MOD(CRC32(CONCAT('" + seed + ":s:', person_id)), 100)";
        String sql = "UPDATE eva_sheet SET scores = CASE form_code"
                + " WHEN '03' THEN CASE WHEN " + bucket + " < 70 THEN '" + scores(45, 0, null) + "'"
                + " WHEN " + bucket + " < 85 THEN '" + scores(45, firstOther(MAU_45_MANDATORY), "7.5") + "'"
                + " ELSE '" + scores(45, 1, "9.5") + "' END"
                + " ELSE CASE WHEN " + bucket + " < 70 THEN '" + scores(30, 0, null) + "'"
                + " WHEN " + bucket + " < 85 THEN '" + scores(30, firstOther(MAU_30_MANDATORY), "7.5") + "'"
                + " ELSE '" + scores(30, 1, "9.5") + "' END END,"
                + " self_scores = scores, self_at = NOW(6), scored_at = NOW(6), scored_by = '" + BENCH_USER + "'"
                + " WHERE quarter_id IN (" + in(quarterIds) + ") AND form_code IN ('03', '04', '05')";
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /**
     * The quarter's three monthly ratings of everybody with a sheet, as a new revision (MON-2: the highest revision is
     * the current one, so earlier ratings of those months stay and re-running adds a revision). By a hash of the seed
     * and the person: 60 % HTXS/HTT/HTT (PRO-5 passes), 20 % HTT×3 (no HTXS month), 15 % an HT month, 5 % a KHT month.
     * One INSERT ... SELECT; returns the rows inserted.
     */
    static int monthlyRatings(Connection c, List<Long> quarterIds, int year, int quarter, long seed) throws SQLException {
        int first = quarter * 3 - 2;
        String bucket = "MOD(CRC32(CONCAT('" + seed + ":m:', s.person_id)), 100)";
        String sql = "INSERT INTO eva_monthly_rating (person_id, year, month, score, conduct_violations, level,"
                + " entered_directly, rule_pack, explanation, revision, created_at, created_by, reason)"
                + " SELECT s.person_id, " + year + ", " + first + " + k.i, NULL, 0,"
                + " CASE WHEN " + bucket + " < 60 THEN IF(k.i = 0, 'HTXS', 'HTT')"
                + " WHEN " + bucket + " < 80 THEN 'HTT'"
                + " WHEN " + bucket + " < 95 THEN IF(k.i = 1, 'HT', IF(k.i = 0, 'HTXS', 'HTT'))"
                + " ELSE IF(k.i = 2, 'KHT', 'HTT') END,"
                + " TRUE, 'MON v1', 'MON-1: nhập trực tiếp (dữ liệu benchmark)', COALESCE(mx.rv, 0) + 1, NOW(6), '"
                + BENCH_USER + "', NULL"
                + " FROM (SELECT DISTINCT person_id FROM eva_sheet WHERE quarter_id IN (" + in(quarterIds) + ")) s"
                + " CROSS JOIN (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2) k"
                + " LEFT JOIN (SELECT person_id, month, MAX(revision) AS rv FROM eva_monthly_rating WHERE year = " + year
                + " AND month BETWEEN " + first + " AND " + (first + 2) + " GROUP BY person_id, month) mx"
                + " ON mx.person_id = s.person_id AND mx.month = " + first + " + k.i";
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    // --- city scale: a quarter and its sheets straight in SQL ---------------------------------------------------------

    /** Records an OPEN quarter of the root (as the opening job leaves it), deadlines per PRO-11 (25/27/28/30, 3rd). */
    static long insertOpenQuarter(Connection c, long rootUnitId, int year, int quarter) throws SQLException {
        LocalDate last = lastDay(year, quarter);
        YearMonth month = YearMonth.from(last);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO eva_quarter (root_unit_id, root_unit_name, year, quarter,"
                + " rule_pack, self_due, evaluator_due, summary_due, focal_due, publication_due, status, opened_at, opened_by)"
                + " SELECT id, name, ?, ?, 'PRO v1', ?, ?, ?, ?, ?, 'OPEN', NOW(6), ? FROM org_unit WHERE id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, year);
            s.setInt(2, quarter);
            s.setObject(3, month.atDay(25));
            s.setObject(4, month.atDay(27));
            s.setObject(5, month.atDay(28));
            s.setObject(6, month.atDay(Math.min(30, month.lengthOfMonth())));
            s.setObject(7, month.plusMonths(1).atDay(3));
            s.setString(8, BENCH_USER);
            s.setLong(9, rootUnitId);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * One sheet per person of the scale dataset (staff codes {@code S…}) with a primary position on the quarter's last
     * day, in one INSERT ... SELECT: the form by PRO-3 (03 when managed by the Standing Committee, else 04 below 20
     * people in the unit, 05 from 20), the unit's own focal body. No evaluator or commenter (the authority chain,
     * PRO-9, is what the opening job resolves person by person — skipped here). Returns the sheets created.
     */
    static int insertScaleSheets(Connection c, long quarterId, int year, int quarter) throws SQLException {
        String day = "'" + lastDay(year, quarter) + "'";
        String valid = "m.valid_from <= " + day + " AND (m.valid_to IS NULL OR m.valid_to > " + day + ")";
        String sql = "INSERT INTO eva_sheet (quarter_id, person_id, staff_code, full_name, position_title, unit_id, unit_name,"
                + " block, focal_unit_id, focal_unit_name, form_code, form_explanation)"
                + " SELECT " + quarterId + ", p.id, p.staff_code, p.full_name, m.position_title, u.id, u.name, u.block,"
                + " u.focal_unit_id, f.name,"
                + " CASE WHEN p.standing_committee_managed THEN '03' WHEN hc.n < 20 THEN '04' ELSE '05' END,"
                + " CONCAT('PRO-3 (benchmark, SQL): ', CASE WHEN p.standing_committee_managed THEN 'diện Ban Thường vụ quản lý'"
                + " ELSE CONCAT('đơn vị có ', hc.n, ' người') END)"
                + " FROM (SELECT m.person_id, MIN(m.id) AS membership_id FROM org_membership m JOIN org_person p0"
                + " ON p0.id = m.person_id AND p0.staff_code LIKE 'S%' WHERE m.kind = 'PRIMARY' AND " + valid
                + " GROUP BY m.person_id) pm"
                + " JOIN org_membership m ON m.id = pm.membership_id"
                + " JOIN org_person p ON p.id = pm.person_id"
                + " JOIN org_unit u ON u.id = m.unit_id"
                + " LEFT JOIN org_unit f ON f.id = u.focal_unit_id"
                + " JOIN (SELECT m.unit_id, COUNT(DISTINCT m.person_id) AS n FROM org_membership m"
                + " WHERE m.kind IN ('PRIMARY', 'SECONDMENT') AND " + valid + " GROUP BY m.unit_id) hc ON hc.unit_id = u.id";
        try (Statement s = c.createStatement()) {
            int sheets = s.executeUpdate(sql);
            s.executeUpdate("UPDATE eva_quarter SET people_total = " + sheets + " WHERE id = " + quarterId);
            return sheets;
        }
    }

    /** Deletes a quarter the benchmark created (rulings, sheets, the quarter) and its generated monthly ratings. */
    static void deleteQuarter(Connection c, long quarterId, int year, int quarter) throws SQLException {
        int first = quarter * 3 - 2;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE r FROM eva_monthly_rating r JOIN eva_sheet s ON s.person_id = r.person_id"
                    + " AND s.quarter_id = " + quarterId + " WHERE r.year = " + year + " AND r.month BETWEEN " + first
                    + " AND " + (first + 2) + " AND r.created_by = '" + BENCH_USER + "'");
            s.executeUpdate("DELETE FROM eva_ruling WHERE quarter_id = " + quarterId);
            s.executeUpdate("DELETE FROM eva_reward_proposal WHERE quarter_id = " + quarterId);
            s.executeUpdate("DELETE FROM eva_submission WHERE quarter_id = " + quarterId);
            s.executeUpdate("DELETE FROM eva_sheet WHERE quarter_id = " + quarterId);
            s.executeUpdate("DELETE FROM eva_quarter WHERE id = " + quarterId);
        }
    }

    // --- reading back ----------------------------------------------------------------------------------------------

    /** Current rulings of the quarters by outcome, e.g. {PROFESSIONAL=3100, NOT_PROFESSIONAL=2200}. */
    static Map<String, Long> outcomes(Connection c, List<Long> quarterIds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT outcome, COUNT(*) FROM eva_ruling"
                + " WHERE quarter_id IN (" + in(quarterIds) + ") AND is_current GROUP BY outcome ORDER BY COUNT(*) DESC")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Sheets by form code. */
    static Map<String, Long> forms(Connection c, List<Long> quarterIds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT form_code, COUNT(*) FROM eva_sheet"
                + " WHERE quarter_id IN (" + in(quarterIds) + ") GROUP BY form_code ORDER BY form_code")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** "10;10;…" with {@code count} scores, criterion {@code number} (1-based; 0 = none) set to {@code value}. */
    static String scores(int count, int number, String value) {
        List<String> scores = new ArrayList<>(Collections.nCopies(count, "10"));
        if (number > 0) {
            scores.set(number - 1, value);
        }
        StringJoiner joiner = new StringJoiner(";");
        scores.forEach(joiner::add);
        return joiner.toString();
    }

    private static int firstOther(Set<Integer> mandatory) {
        return IntStream.rangeClosed(1, 45).filter(i -> !mandatory.contains(i)).findFirst().orElseThrow();
    }
}
