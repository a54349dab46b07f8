package vn.danhgia.systemtests.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A small district of its own for quarterly-cycle tests (codes prefixed, so every test class has its own): a "Phòng Nội
 * vụ" (the focal body of the two offices, its head an HR officer), an office of 4 (head + 3 staff, form 04) and
 * another office of 2. Everybody valid from 2020-01-01. Every unit is of kind OFFICE so that the demo district's
 * single-instance bodies (People's Committee, the real Home Affairs Office) stay single for other tests.
 */
public final class QuarterFixture {

    public final long root;
    public final long homeAffairs;
    public final long office;
    public final long otherOffice;
    public final long hrHead;
    public final long officeHead;
    public final long staff1;
    public final long staff2;
    public final long staff3;
    public final long otherHead;
    public final long otherStaff;

    private QuarterFixture(Connection c, String prefix) throws SQLException {
        root = unit(c, prefix + "-Q", "Quận " + prefix, "OFFICE", null, null, prefix);
        homeAffairs = unit(c, prefix + "-NV", "Phòng Nội vụ " + prefix, "OFFICE", root, null, prefix + ".1");
        office = unit(c, prefix + "-P1", "Phòng Thử nghiệm " + prefix, "OFFICE", root, homeAffairs, prefix + ".2");
        otherOffice = unit(c, prefix + "-P2", "Phòng Khác " + prefix, "OFFICE", root, homeAffairs, prefix + ".3");
        hrHead = person(c, prefix + "-01", "Lê Thị Nội Vụ", homeAffairs, "Trưởng phòng", "HEAD");
        officeHead = person(c, prefix + "-02", "Trần Văn Trưởng", office, "Trưởng phòng", "HEAD");
        staff1 = person(c, prefix + "-03", "Nguyễn Thị Ánh", office, "Chuyên viên", "MEMBER");
        staff2 = person(c, prefix + "-04", "Phạm Văn Bình", office, "Chuyên viên", "MEMBER");
        staff3 = person(c, prefix + "-05", "Đỗ Thị Cúc", office, "Chuyên viên", "MEMBER");
        otherHead = person(c, prefix + "-06", "Vũ Văn Đông", otherOffice, "Trưởng phòng", "HEAD");
        otherStaff = person(c, prefix + "-07", "Hoàng Thị Em", otherOffice, "Chuyên viên", "MEMBER");
    }

    public static QuarterFixture create(Connection connection, String prefix) throws SQLException {
        return new QuarterFixture(connection, prefix);
    }

    /** Adds {@code count} staff members to a unit; returns nothing (read them back through their sheets). */
    public static void staff(Connection c, String prefix, long unit, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            person(c, prefix + "-S" + i, "Cán Bộ Số " + i, unit, "Chuyên viên", "MEMBER");
        }
    }

    /** Sets a person's monthly levels of the months (direct entry, revision 1). */
    public static void monthly(Connection c, long personId, int year, int firstMonth, String... levels) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO eva_monthly_rating (person_id, year, month, level,"
                + " entered_directly, rule_pack, explanation, revision, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, TRUE, 'MON v1', 'MON-1: nhập trực tiếp', 1, NOW(), 'test')")) {
            for (int i = 0; i < levels.length; i++) {
                s.setLong(1, personId);
                s.setInt(2, year);
                s.setInt(3, firstMonth + i);
                s.setString(4, levels[i]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long unit(Connection c, String code, String name, String kind, Long parent, Long focal, String path)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_unit (code, name, unit_type, kind, block, parent_id,"
                + " focal_unit_id, valid_from, sort_path) VALUES (?, ?, 'Phòng chuyên môn', ?, 'GOVERNMENT', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, kind);
            s.setObject(4, parent);
            s.setObject(5, focal);
            s.setObject(6, LocalDate.of(2020, 1, 1));
            s.setString(7, "zz." + path);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long person(Connection c, String code, String name, long unit, String position, String role)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_person (staff_code, full_name, search_name, birth_date,"
                + " sex, category, created_at, updated_at) VALUES (?, ?, ?, '1985-05-05', 'FEMALE', 'CONG_CHUC', NOW(), NOW())",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, name.toLowerCase());
            s.executeUpdate();
            id = key(s);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_membership (person_id, unit_id, position_title,"
                + " unit_role, leader, kind, valid_from) VALUES (?, ?, ?, ?, ?, 'PRIMARY', '2020-01-01')")) {
            s.setLong(1, id);
            s.setLong(2, unit);
            s.setString(3, position);
            s.setString(4, role);
            s.setBoolean(5, "HEAD".equals(role));
            s.executeUpdate();
        }
        return id;
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
