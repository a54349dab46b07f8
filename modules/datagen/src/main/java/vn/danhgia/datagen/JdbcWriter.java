package vn.danhgia.datagen;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.datagen.Rows.AbsenceRow;
import vn.danhgia.datagen.Rows.DisciplineRow;
import vn.danhgia.datagen.Rows.EmulationTitleRow;
import vn.danhgia.datagen.Rows.GradeAppointmentRow;
import vn.danhgia.datagen.Rows.InspectionRow;
import vn.danhgia.datagen.Rows.LegalParticipationRow;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.QualificationRow;
import vn.danhgia.datagen.Rows.UnitEventRow;
import vn.danhgia.datagen.Rows.UnitRow;

/**
 * Writes rows with JDBC batches ({@link PreparedStatement#addBatch()}) in the caller's transaction.
 *
 * <p>Ids of units, people and unit events are assigned here — the current maximum id of the table plus the
 * row's rank — so that children can be batched without reading generated keys back; the maxima are read
 * with {@code SELECT … FOR UPDATE}, which holds off concurrent inserters until the caller commits.
 * Batches are flushed parents first (units, events, people, then their facts), so foreign keys hold at
 * every statement. The focal unit of each unit is set by a batched UPDATE at the end, because a focal body
 * (e.g. the Home Affairs Office) may come after the units that report to it.
 *
 * <p>Columns added by the organisation module's V3 migration ({@code org_unit.area_code},
 * {@code org_person.district_standing_member}) are written when the database has them, so the writer works
 * on a V1+V2 schema too.
 *
 * <p>The caller owns the connection and the transaction: auto-commit off, commit after {@link #finish()},
 * roll back on any exception.
 */
public final class JdbcWriter implements RowSink, AutoCloseable {

    private static final int UNIT = 0;
    private static final int EVENT = 1;
    private static final int EVENT_UNIT = 2;
    private static final int PERSON = 3;
    private static final int MEMBERSHIP = 4;
    private static final int GRADE = 5;
    private static final int QUALIFICATION = 6;
    private static final int EMULATION = 7;
    private static final int LEGAL = 8;
    private static final int ABSENCE = 9;
    private static final int DISCIPLINE = 10;
    private static final int INSPECTION = 11;
    private static final int LAST_PARENT = PERSON;

    private static final String[] SQL = {
        "INSERT INTO org_unit (id, code, name, unit_type, kind, block, parent_id, valid_from, valid_to, sort_path,"
                + " version, area_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        "INSERT INTO org_unit_event (id, event_date, kind, description, legal_basis, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        "INSERT INTO org_unit_event_unit (event_id, unit_id, side) VALUES (?, ?, ?)",
        "INSERT INTO org_person (id, staff_code, full_name, search_name, birth_date, sex, ethnicity, minority_area,"
                + " category, standing_committee_managed, created_at, updated_at, version, district_standing_member)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        "INSERT INTO org_membership (person_id, unit_id, position_title, unit_role, leader, kind, valid_from, valid_to,"
                + " decision, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        "INSERT INTO org_grade_appointment (person_id, grade_code, appointed_on, ended_on, decision, version)"
                + " VALUES (?, ?, ?, ?, ?, 0)",
        "INSERT INTO org_qualification (person_id, kind, name, level, field, institution, country,"
                + " language_of_instruction, full_time, issued_on, expires_on, framework_level, score, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        "INSERT INTO org_emulation_title (person_id, title, level, year, awarded_on) VALUES (?, ?, ?, ?, ?)",
        "INSERT INTO org_legal_participation (person_id, title, kind, role, approved_on) VALUES (?, ?, ?, ?, ?)",
        "INSERT INTO org_absence (person_id, kind, start_date, end_date, note, version) VALUES (?, ?, ?, ?, ?, 0)",
        "INSERT INTO org_discipline (person_id, system, measure, in_force_from, in_force_to, decision, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)",
        "INSERT INTO org_inspection (person_id, kind, start_date, end_date, conclusion, version)"
                + " VALUES (?, ?, ?, ?, ?, 0)",
    };

    private final Connection connection;
    private final int batchSize;
    private final PreparedStatement[] statements = new PreparedStatement[SQL.length];
    private final int[] pending = new int[SQL.length];
    private final long[] written = new long[SQL.length];
    private final long unitBase;
    private final long personBase;
    private final long eventBase;
    private final Timestamp createdAt = Timestamp.valueOf(PeopleFactory.CREATED_AT);
    private final Map<String, Long> unitIds = new HashMap<>();
    private final List<Long> focalUnits = new ArrayList<>();
    private final List<String> focalCodes = new ArrayList<>();
    /** V3 columns ({@code org_unit.area_code}, {@code org_person.district_standing_member}) are written when present. */
    private final boolean areaCode;
    private final boolean standingMember;

    /** Prepares the statements and reserves the id ranges; {@code batchSize} rows per executeBatch (e.g. 1000). */
    public JdbcWriter(Connection connection, int batchSize) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("JdbcWriter needs a transaction: call setAutoCommit(false) first");
        }
        this.connection = connection;
        this.batchSize = batchSize;
        this.unitBase = maxId("org_unit");
        this.personBase = maxId("org_person");
        this.eventBase = maxId("org_unit_event");
        this.areaCode = hasColumn("org_unit", "area_code");
        this.standingMember = hasColumn("org_person", "district_standing_member");
        for (int i = 0; i < SQL.length; i++) {
            String sql = SQL[i];
            if (i == UNIT && !areaCode) {
                sql = sql.replace(", area_code)", ")").replace(", 0, ?)", ", 0)");
            } else if (i == PERSON && !standingMember) {
                sql = sql.replace(", district_standing_member)", ")").replace(", 0, ?)", ", 0)");
            }
            statements[i] = connection.prepareStatement(sql);
        }
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private long maxId(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table + " FOR UPDATE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The database id of a unit written by this writer, or of an existing unit with that code. */
    public long unitId(String code) throws SQLException {
        Long id = unitIds.get(code);
        if (id != null) {
            return id;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("unknown unit code " + code);
                }
                unitIds.put(code, rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    /** The database id of the person with that dataset index. */
    public long personId(int index) {
        return personBase + index + 1;
    }

    @Override
    public void unit(UnitRow row) throws SQLException {
        long id = unitBase + written[UNIT] + pending[UNIT] + 1;
        PreparedStatement s = statements[UNIT];
        s.setLong(1, id);
        s.setString(2, row.code());
        s.setString(3, row.name());
        s.setString(4, row.unitType());
        s.setString(5, row.kind());
        s.setString(6, row.block());
        if (row.parentCode() == null) {
            s.setNull(7, Types.BIGINT);
        } else {
            s.setLong(7, unitId(row.parentCode()));
        }
        s.setObject(8, row.validFrom());
        date(s, 9, row.validTo());
        s.setString(10, row.sortPath());
        if (areaCode) {
            s.setString(11, row.areaCode());
        }
        unitIds.put(row.code(), id);
        if (row.focalCode() != null) {
            focalUnits.add(id);
            focalCodes.add(row.focalCode());
        }
        add(UNIT);
    }

    @Override
    public void unitEvent(UnitEventRow row) throws SQLException {
        long id = eventBase + row.index() + 1;
        PreparedStatement s = statements[EVENT];
        s.setLong(1, id);
        s.setObject(2, row.eventDate());
        s.setString(3, row.kind());
        s.setString(4, row.description());
        s.setString(5, row.legalBasis());
        s.setTimestamp(6, createdAt);
        s.setString(7, "datagen");
        add(EVENT);
        PreparedStatement link = statements[EVENT_UNIT];
        for (String code : row.fromUnits()) {
            link.setLong(1, id);
            link.setLong(2, unitId(code));
            link.setString(3, "FROM");
            add(EVENT_UNIT);
        }
        for (String code : row.toUnits()) {
            link.setLong(1, id);
            link.setLong(2, unitId(code));
            link.setString(3, "TO");
            add(EVENT_UNIT);
        }
    }

    @Override
    public void person(PersonRow row) throws SQLException {
        PreparedStatement s = statements[PERSON];
        s.setLong(1, personId(row.index()));
        s.setString(2, row.staffCode());
        s.setString(3, row.fullName());
        s.setString(4, row.searchName());
        s.setObject(5, row.birthDate());
        s.setString(6, row.sex());
        s.setString(7, row.ethnicity());
        s.setBoolean(8, row.minorityArea());
        s.setString(9, row.category());
        s.setBoolean(10, row.standingCommitteeManaged());
        s.setTimestamp(11, createdAt);
        s.setTimestamp(12, createdAt);
        if (standingMember) {
            s.setBoolean(13, row.districtStandingMember());
        }
        add(PERSON);
    }

    @Override
    public void membership(MembershipRow row) throws SQLException {
        PreparedStatement s = statements[MEMBERSHIP];
        s.setLong(1, personId(row.person()));
        s.setLong(2, unitId(row.unitCode()));
        s.setString(3, row.positionTitle());
        s.setString(4, row.unitRole());
        s.setBoolean(5, row.leader());
        s.setString(6, row.kind());
        s.setObject(7, row.validFrom());
        date(s, 8, row.validTo());
        s.setString(9, row.decision());
        add(MEMBERSHIP);
    }

    @Override
    public void gradeAppointment(GradeAppointmentRow row) throws SQLException {
        PreparedStatement s = statements[GRADE];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.gradeCode());
        s.setObject(3, row.appointedOn());
        date(s, 4, row.endedOn());
        s.setString(5, row.decision());
        add(GRADE);
    }

    @Override
    public void qualification(QualificationRow row) throws SQLException {
        PreparedStatement s = statements[QUALIFICATION];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.kind());
        s.setString(3, row.name());
        s.setString(4, row.level());
        s.setString(5, row.field());
        s.setString(6, row.institution());
        s.setString(7, row.country());
        s.setString(8, row.languageOfInstruction());
        if (row.fullTime() == null) {
            s.setNull(9, Types.BOOLEAN);
        } else {
            s.setBoolean(9, row.fullTime());
        }
        date(s, 10, row.issuedOn());
        date(s, 11, row.expiresOn());
        s.setString(12, row.frameworkLevel());
        BigDecimal score = row.score();
        if (score == null) {
            s.setNull(13, Types.DECIMAL);
        } else {
            s.setBigDecimal(13, score);
        }
        add(QUALIFICATION);
    }

    @Override
    public void emulationTitle(EmulationTitleRow row) throws SQLException {
        PreparedStatement s = statements[EMULATION];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.title());
        s.setString(3, row.level());
        s.setInt(4, row.year());
        date(s, 5, row.awardedOn());
        add(EMULATION);
    }

    @Override
    public void legalParticipation(LegalParticipationRow row) throws SQLException {
        PreparedStatement s = statements[LEGAL];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.title());
        s.setString(3, row.kind());
        s.setString(4, row.role());
        date(s, 5, row.approvedOn());
        add(LEGAL);
    }

    @Override
    public void absence(AbsenceRow row) throws SQLException {
        PreparedStatement s = statements[ABSENCE];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.kind());
        s.setObject(3, row.startDate());
        s.setObject(4, row.endDate());
        s.setString(5, row.note());
        add(ABSENCE);
    }

    @Override
    public void discipline(DisciplineRow row) throws SQLException {
        PreparedStatement s = statements[DISCIPLINE];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.system());
        s.setString(3, row.measure());
        s.setObject(4, row.inForceFrom());
        date(s, 5, row.inForceTo());
        s.setString(6, row.decision());
        add(DISCIPLINE);
    }

    @Override
    public void inspection(InspectionRow row) throws SQLException {
        PreparedStatement s = statements[INSPECTION];
        s.setLong(1, personId(row.person()));
        s.setString(2, row.kind());
        s.setObject(3, row.startDate());
        date(s, 4, row.endDate());
        s.setString(5, row.conclusion());
        add(INSPECTION);
    }

    /** Flushes every batch and sets the focal units; returns what was written. Does not commit. */
    public DatasetSummary finish() throws SQLException {
        flush(statements.length - 1);
        try (PreparedStatement s = connection.prepareStatement("UPDATE org_unit SET focal_unit_id = ? WHERE id = ?")) {
            int n = 0;
            for (int i = 0; i < focalUnits.size(); i++) {
                s.setLong(1, unitId(focalCodes.get(i)));
                s.setLong(2, focalUnits.get(i));
                s.addBatch();
                if (++n % batchSize == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return new DatasetSummary(written[UNIT], written[EVENT], written[PERSON], written[MEMBERSHIP], written[GRADE],
                written[QUALIFICATION], written[EMULATION], written[LEGAL], written[ABSENCE], written[DISCIPLINE],
                written[INSPECTION], 0);
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement s : statements) {
            try {
                if (s != null) {
                    s.close();
                }
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void add(int table) throws SQLException {
        statements[table].addBatch();
        if (++pending[table] >= batchSize) {
            // parents first, so that every foreign key of this batch already exists
            flush(Math.min(table, LAST_PARENT));
            flushOne(table);
        }
    }

    /** Flushes the statements 0..{@code upTo} in order. */
    private void flush(int upTo) throws SQLException {
        for (int i = 0; i <= upTo; i++) {
            flushOne(i);
        }
    }

    private void flushOne(int table) throws SQLException {
        if (pending[table] > 0) {
            statements[table].executeBatch();
            written[table] += pending[table];
            pending[table] = 0;
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, value);
        }
    }
}
