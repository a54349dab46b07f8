package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Insert-only ruling revisions ({@code eva_ruling}, PUB-2): a new revision gets the next number and becomes current;
 * the previous one stays, only its "current" flag is cleared. Two writers of the same sheet collide on the unique
 * (sheet, revision) key and one transaction fails, so no revision is lost or doubled.
 */
@Dependent
public class RulingStore {

    private static final int IN_LIST = 1000;
    /** Rows of one multi-row INSERT: about 230 KB of SQL for rulings of ~2 KB, far below max_allowed_packet. */
    private static final int ROWS_PER_INSERT = 100;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @PersistenceContext(unitName = "evaluation")
    private EntityManager em;

    public Map<Long, CurrentRuling> current(Collection<Long> sheetIds) {
        Map<Long, CurrentRuling> current = new HashMap<>();
        List<Long> ids = new ArrayList<>(sheetIds);
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            String in = inList(ids.subList(i, Math.min(ids.size(), i + IN_LIST)));
            for (Object row : em.createNativeQuery("SELECT sheet_id, revision, kind, input_hash FROM eva_ruling"
                    + " WHERE is_current AND sheet_id IN (" + in + ")").getResultList()) {
                Object[] r = (Object[]) row;
                long sheetId = ((Number) r[0]).longValue();
                current.put(sheetId, new CurrentRuling(sheetId, ((Number) r[1]).intValue(), r[2].toString(), r[3].toString()));
            }
        }
        return current;
    }

    /**
     * Inserts the revisions inside the caller's transaction; {@code current} as read in it. The previous revisions lose
     * their "current" flag in one UPDATE, the new ones go in as multi-row INSERTs of up to {@value #ROWS_PER_INSERT}
     * rows: a chunk of the rulings run is a handful of statements instead of one per person (at 200,000 people the
     * single-row statements were the largest part of the database's time).
     */
    public void insert(List<NewRuling> rulings, Map<Long, CurrentRuling> current) {
        if (rulings.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        // created_at is the same for the whole call: one literal, not a timestamp parameter encoded per row
        String at = "TIMESTAMP'" + LocalDateTime.now().format(CREATED_AT) + "'";
        try {
            List<Long> replaced = rulings.stream().map(NewRuling::sheetId).filter(current::containsKey).toList();
            for (int i = 0; i < replaced.size(); i += IN_LIST) {
                try (PreparedStatement clear = connection.prepareStatement("UPDATE eva_ruling SET is_current = FALSE"
                        + " WHERE is_current AND sheet_id IN (" + inList(replaced.subList(i, Math.min(replaced.size(),
                        i + IN_LIST))) + ")")) {
                    clear.executeUpdate();
                }
            }
            for (int from = 0; from < rulings.size(); from += ROWS_PER_INSERT) {
                List<NewRuling> slice = rulings.subList(from, Math.min(rulings.size(), from + ROWS_PER_INSERT));
                StringJoiner values = new StringJoiner(", ");
                slice.forEach(r -> values.add("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, " + at + ", ?, ?, ?, ?)"));
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eva_ruling (sheet_id, quarter_id,"
                        + " revision, kind, outcome, total, findings_json, summary, rule_pack, input_hash, is_current,"
                        + " created_at, created_by, decided_by, reason, job_execution_id) VALUES " + values)) {
                    int i = 1;
                    for (NewRuling r : slice) {
                        CurrentRuling before = current.get(r.sheetId());
                        insert.setLong(i++, r.sheetId());
                        insert.setLong(i++, r.quarterId());
                        insert.setInt(i++, before == null ? 1 : before.revision() + 1);
                        insert.setString(i++, r.kind());
                        insert.setString(i++, r.outcome());
                        insert.setBigDecimal(i++, r.total());
                        insert.setString(i++, r.findingsJson());
                        insert.setString(i++, r.summary());
                        insert.setString(i++, r.rulePack());
                        insert.setString(i++, r.inputHash());
                        insert.setString(i++, r.createdBy());
                        insert.setString(i++, r.decidedBy());
                        insert.setString(i++, r.reason());
                        if (r.jobExecutionId() == null) {
                            insert.setNull(i++, Types.BIGINT);
                        } else {
                            insert.setLong(i++, r.jobExecutionId());
                        }
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không ghi được kết quả đánh giá: " + e.getMessage(), e);
        }
    }

    /** Every revision of a sheet, newest first: revision, kind, outcome, total, findings, pack, at, by, decidedBy, reason, current. */
    public List<Object[]> history(long sheetId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT revision, kind, outcome, total, findings_json, rule_pack, created_at,"
                + " created_by, decided_by, reason, is_current FROM eva_ruling WHERE sheet_id = ?1 ORDER BY revision DESC")
                .setParameter(1, sheetId).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    static String inList(List<Long> ids) {
        StringJoiner joiner = new StringJoiner(",");
        ids.forEach(id -> joiner.add(Long.toString(id)));
        return joiner.toString();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
