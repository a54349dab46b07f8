package vn.danhgia.organization.infrastructure.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentGrade;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentMembership;
import vn.danhgia.organization.infrastructure.imports.ExistingState.ExistingPerson;
import vn.danhgia.organization.infrastructure.imports.ExistingState.UnitPeriod;

/**
 * JDBC persistence of people imports: loads what a file is compared against with a few
 * set-based queries, and writes a plan with batched statements (6,000 people are a few dozen
 * round trips). Runs on the caller's connection, inside its JTA transaction.
 */
public final class PersonImportStore {

    /** Rows per batch and values per IN list. */
    static final int CHUNK = 500;

    private final Connection connection;

    public PersonImportStore(Connection connection) {
        this.connection = connection;
    }

    /** A grade of the catalogue. */
    public record Grade(String code, String name, String kind) {
    }

    /** One import attempt as recorded in {@code org_import}. */
    public record Attempt(String fileName, String sha256, ImportStatus status, int rowsTotal, int created, int updated,
                          int unchanged, String errorsJson, LocalDateTime at, String by) {
    }

    // --- reading --------------------------------------------------------------------------------

    /** Everything a plan needs, for the given staff code keys. */
    public ExistingState loadState(Collection<String> codeKeys) throws SQLException {
        Map<String, UnitPeriod> units = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, code, valid_from, valid_to FROM org_unit");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UnitPeriod unit = new UnitPeriod(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class));
                units.put(unit.code().toUpperCase(Locale.ROOT), unit);
            }
        }
        Map<String, String> grades = new LinkedHashMap<>();
        for (Grade grade : grades()) {
            grades.put(grade.code().toUpperCase(Locale.ROOT), grade.code());
        }

        Map<Long, PersonFieldsRow> byId = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(codeKeys))) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, staff_code, full_name, birth_date, sex, ethnicity, minority_area, category, "
                            + "standing_committee_managed, version FROM org_person WHERE staff_code IN (" + marks(chunk.size()) + ")")) {
                bindStrings(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PersonFields fields = new PersonFields(rs.getString(3), rs.getObject(4, LocalDate.class),
                                Vocabulary.Sex.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7),
                                StaffCategory.valueOf(rs.getString(8)), rs.getBoolean(9));
                        byId.put(rs.getLong(1), new PersonFieldsRow(rs.getLong(1), rs.getString(2), fields, rs.getLong(10)));
                    }
                }
            }
        }
        Map<Long, CurrentMembership> memberships = new HashMap<>();
        Map<Long, CurrentGrade> currentGrades = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(byId.keySet()))) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT m.id, m.person_id, m.unit_id, u.code, m.position_title, m.unit_role, m.valid_from "
                            + "FROM org_membership m JOIN org_unit u ON u.id = m.unit_id "
                            + "WHERE m.kind = 'PRIMARY' AND m.valid_to IS NULL AND m.person_id IN (" + marks(chunk.size()) + ")")) {
                bindLongs(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CurrentMembership m = new CurrentMembership(rs.getLong(1), rs.getLong(3), rs.getString(4),
                                rs.getString(5), UnitRole.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class));
                        memberships.merge(rs.getLong(2), m, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, person_id, grade_code, appointed_on FROM org_grade_appointment "
                            + "WHERE ended_on IS NULL AND person_id IN (" + marks(chunk.size()) + ")")) {
                bindLongs(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CurrentGrade g = new CurrentGrade(rs.getLong(1), rs.getString(3), rs.getObject(4, LocalDate.class));
                        currentGrades.merge(rs.getLong(2), g, (a, b) -> a.appointedOn().isAfter(b.appointedOn()) ? a : b);
                    }
                }
            }
        }
        Map<String, ExistingPerson> people = new HashMap<>();
        for (PersonFieldsRow p : byId.values()) {
            people.put(PersonRow.key(p.staffCode()), new ExistingPerson(p.id(), p.staffCode(), p.fields(), p.version(),
                    memberships.get(p.id()), currentGrades.get(p.id())));
        }
        return new ExistingState(people, units, grades);
    }

    private record PersonFieldsRow(long id, String staffCode, PersonFields fields, long version) {
    }

    /** The grade catalogue in code order. */
    public List<Grade> grades() throws SQLException {
        List<Grade> grades = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code, name, kind FROM org_grade ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                grades.add(new Grade(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return grades;
    }

    // --- writing --------------------------------------------------------------------------------

    /**
     * Writes the plan: new people with their membership and grade; for known people the changed
     * fields (optimistic check on {@code version}), a revision with before/after values, the
     * closed and new membership, the closed, corrected or new grade appointment.
     *
     * @throws ConcurrentChangeException when a stored row changed since {@link #loadState}
     */
    public void apply(ImportPlan plan, String changedBy, String reason, LocalDateTime now) throws SQLException {
        List<PersonChange.Create> creates = plan.creates();
        List<PersonChange.Update> updates = plan.updates();

        // 1. new people, then their generated ids (one query per chunk, not per row)
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_person (staff_code, full_name, search_name, birth_date, sex, ethnicity, minority_area, "
                        + "category, standing_committee_managed, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            Batch batch = new Batch(ps);
            for (PersonChange.Create c : creates) {
                PersonFields f = c.fields();
                ps.setString(1, c.row().staffCode());
                bindFields(ps, 2, f);
                ps.setObject(10, now);
                ps.setObject(11, now);
                batch.add();
            }
            batch.finish();
        }
        Map<String, Long> newIds = new HashMap<>();
        List<String> newCodes = creates.stream().map(c -> c.row().staffCode()).toList();
        for (List<String> chunk : chunks(newCodes)) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, staff_code FROM org_person WHERE staff_code IN (" + marks(chunk.size()) + ")")) {
                bindStrings(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        newIds.put(PersonRow.key(rs.getString(2)), rs.getLong(1));
                    }
                }
            }
        }

        // 2. changed fields of known people, with an optimistic check on the version read
        List<PersonChange.Update> fieldUpdates = updates.stream().filter(u -> u.fields() != null).toList();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE org_person SET full_name = ?, search_name = ?, birth_date = ?, sex = ?, ethnicity = ?, "
                        + "minority_area = ?, category = ?, standing_committee_managed = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")) {
            Batch batch = new Batch(ps, fieldUpdates.stream().map(u -> u.person().staffCode()).toList());
            for (PersonChange.Update u : fieldUpdates) {
                bindFields(ps, 1, u.fields());
                ps.setObject(9, now);
                ps.setLong(10, u.person().id());
                ps.setLong(11, u.person().version());
                batch.add();
            }
            batch.finish();
        }

        // 3. one revision per changed person: before/after values, who, when, why
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_person_revision (person_id, changed_at, changed_by, reason, before_json, after_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            Batch batch = new Batch(ps);
            for (PersonChange.Update u : updates) {
                ps.setLong(1, u.person().id());
                ps.setObject(2, now);
                ps.setString(3, truncate(changedBy, 100));
                ps.setString(4, truncate(reason, 500));
                ps.setString(5, ImportJson.values(u.before()));
                ps.setString(6, ImportJson.values(u.after()));
                batch.add();
            }
            batch.finish();
        }

        // 4. memberships: close the open ones that change, open the new ones (RULES.md ORG-9)
        List<PersonChange.Update> closing = updates.stream().filter(u -> u.closeMembershipId() != null).toList();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE org_membership SET valid_to = ?, version = version + 1 WHERE id = ? AND valid_to IS NULL")) {
            Batch batch = new Batch(ps, closing.stream().map(u -> u.person().staffCode()).toList());
            for (PersonChange.Update u : closing) {
                ps.setObject(1, u.membership().validFrom());
                ps.setLong(2, u.closeMembershipId());
                batch.add();
            }
            batch.finish();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_membership (person_id, unit_id, position_title, unit_role, leader, kind, valid_from, version) "
                        + "VALUES (?, ?, ?, ?, ?, 'PRIMARY', ?, 0)")) {
            Batch batch = new Batch(ps);
            for (PersonChange.Create c : creates) {
                if (c.membership() != null) {
                    bindMembership(ps, personId(newIds, c), c.membership());
                    batch.add();
                }
            }
            for (PersonChange.Update u : updates) {
                if (u.membership() != null) {
                    bindMembership(ps, u.person().id(), u.membership());
                    batch.add();
                }
            }
            batch.finish();
        }

        // 5. grade appointments: close, correct, add (RULES.md ORG-4)
        List<PersonChange.Update> gradeCloses = updates.stream()
                .filter(u -> u.grade() != null && u.grade().closeId() != null).toList();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE org_grade_appointment SET ended_on = ?, version = version + 1 WHERE id = ? AND ended_on IS NULL")) {
            Batch batch = new Batch(ps, gradeCloses.stream().map(u -> u.person().staffCode()).toList());
            for (PersonChange.Update u : gradeCloses) {
                ps.setObject(1, u.grade().appointedOn());
                ps.setLong(2, u.grade().closeId());
                batch.add();
            }
            batch.finish();
        }
        List<PersonChange.Update> gradeCorrections = updates.stream()
                .filter(u -> u.grade() != null && u.grade().correctId() != null).toList();
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE org_grade_appointment SET appointed_on = ?, version = version + 1 WHERE id = ? AND ended_on IS NULL")) {
            Batch batch = new Batch(ps, gradeCorrections.stream().map(u -> u.person().staffCode()).toList());
            for (PersonChange.Update u : gradeCorrections) {
                ps.setObject(1, u.grade().appointedOn());
                ps.setLong(2, u.grade().correctId());
                batch.add();
            }
            batch.finish();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_grade_appointment (person_id, grade_code, appointed_on, version) VALUES (?, ?, ?, 0)")) {
            Batch batch = new Batch(ps);
            for (PersonChange.Create c : creates) {
                if (c.grade() != null) {
                    ps.setLong(1, personId(newIds, c));
                    ps.setString(2, c.grade().code());
                    ps.setObject(3, c.grade().appointedOn());
                    batch.add();
                }
            }
            for (PersonChange.Update u : updates) {
                if (u.grade() != null && u.grade().correctId() == null) {
                    ps.setLong(1, u.person().id());
                    ps.setString(2, u.grade().code());
                    ps.setObject(3, u.grade().appointedOn());
                    batch.add();
                }
            }
            batch.finish();
        }
    }

    /** Records an import attempt; returns its id. */
    public long recordAttempt(Attempt a) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_import (file_name, file_sha256, kind, status, rows_total, rows_created, rows_updated, "
                        + "rows_unchanged, errors_json, imported_at, imported_by) VALUES (?, ?, 'PEOPLE', ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, truncate(a.fileName(), 255));
            ps.setString(2, a.sha256());
            ps.setString(3, a.status().name());
            ps.setInt(4, a.rowsTotal());
            ps.setInt(5, a.created());
            ps.setInt(6, a.updated());
            ps.setInt(7, a.unchanged());
            if (a.errorsJson() == null) {
                ps.setNull(8, Types.VARCHAR);
            } else {
                ps.setString(8, a.errorsJson());
            }
            ps.setObject(9, a.at());
            ps.setString(10, truncate(a.by(), 100));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0L;
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static long personId(Map<String, Long> newIds, PersonChange.Create c) {
        Long id = newIds.get(c.row().codeKey());
        if (id == null) {
            throw new ConcurrentChangeException(c.row().staffCode());
        }
        return id;
    }

    private static void bindFields(PreparedStatement ps, int first, PersonFields f) throws SQLException {
        ps.setString(first, f.fullName());
        ps.setString(first + 1, f.searchName());
        ps.setObject(first + 2, f.birthDate());
        ps.setString(first + 3, f.sex().name());
        ps.setString(first + 4, f.ethnicity());
        ps.setBoolean(first + 5, f.minorityArea());
        ps.setString(first + 6, f.category().name());
        ps.setBoolean(first + 7, f.standingCommittee());
    }

    private static void bindMembership(PreparedStatement ps, long personId, PersonChange.NewMembership m)
            throws SQLException {
        ps.setLong(1, personId);
        ps.setLong(2, m.unitId());
        ps.setString(3, m.positionTitle());
        ps.setString(4, m.role().name());
        ps.setBoolean(5, m.role() != UnitRole.MEMBER);
        ps.setObject(6, m.validFrom());
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bindStrings(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    private static void bindLongs(PreparedStatement ps, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(i + 1, values.get(i));
        }
    }

    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * Adds statements to a JDBC batch and executes it every {@link #CHUNK} rows. For guarded
     * updates ({@code ... WHERE version = ?}) an update count of 0 means the row changed since it
     * was read: the import fails with {@link ConcurrentChangeException}.
     */
    private static final class Batch {

        private final PreparedStatement ps;
        private final List<String> guardedCodes;
        private int pending;
        private int executed;

        Batch(PreparedStatement ps) {
            this(ps, null);
        }

        Batch(PreparedStatement ps, List<String> guardedCodes) {
            this.ps = ps;
            this.guardedCodes = guardedCodes;
        }

        void add() throws SQLException {
            ps.addBatch();
            if (++pending == CHUNK) {
                flush();
            }
        }

        void finish() throws SQLException {
            if (pending > 0) {
                flush();
            }
        }

        private void flush() throws SQLException {
            int[] counts = ps.executeBatch();
            if (guardedCodes != null) {
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new ConcurrentChangeException(guardedCodes.get(executed + i));
                    }
                }
            }
            executed += pending;
            pending = 0;
        }
    }
}
