package vn.danhgia.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo district as of 2023, shaped like Long Biên (RULES.md ORG-1): the district Party
 * Committee and its boards, People's Council, People's Committee and its offices, Fatherland
 * Front and mass organisations, 14 wards and a sample of schools.
 */
public final class DemoDataset {

    public static final LocalDate VALID_FROM = LocalDate.of(2023, 1, 1);

    static final List<String> WARDS = List.of("Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên",
            "Ngọc Lâm", "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh", "Việt Hưng");

    private DemoDataset() {
    }

    /** A unit of the demo tree; {@code parent} is the code of the parent unit or null. */
    public record DemoUnit(String code, String name, String type, String block, String parent) {
    }

    /** Loads the demo units when the unit table is empty; returns the number of units written. */
    public static int loadIfEmpty(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return 0;
            }
        }
        return insert(connection, units());
    }

    /** The demo tree, parents before children. */
    public static List<DemoUnit> units() {
        List<DemoUnit> units = new ArrayList<>();
        units.add(new DemoUnit("QU", "Quận ủy Long Biên", "Cấp ủy", "PARTY", null));
        units.add(new DemoUnit("QU-BTC", "Ban Tổ chức Quận ủy", "Ban Đảng", "PARTY", "QU"));
        units.add(new DemoUnit("QU-BTG", "Ban Tuyên giáo Quận ủy", "Ban Đảng", "PARTY", "QU"));
        units.add(new DemoUnit("QU-UBKT", "Ủy ban Kiểm tra Quận ủy", "Ban Đảng", "PARTY", "QU"));
        units.add(new DemoUnit("QU-BDV", "Ban Dân vận Quận ủy", "Ban Đảng", "PARTY", "QU"));
        units.add(new DemoUnit("QU-VP", "Văn phòng Quận ủy", "Ban Đảng", "PARTY", "QU"));
        units.add(new DemoUnit("QU-TTCT", "Trung tâm Chính trị quận", "Đơn vị sự nghiệp", "PARTY", "QU"));
        units.add(new DemoUnit("QU-DUDN", "Đảng ủy Khối doanh nghiệp quận", "Cấp ủy", "PARTY", "QU"));
        units.add(new DemoUnit("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam quận", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("QD", "Quận đoàn Long Biên", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("HLHPN", "Hội Liên hiệp Phụ nữ quận", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("HND", "Hội Nông dân quận", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("HCCB", "Hội Cựu chiến binh quận", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("LDLD", "Liên đoàn Lao động quận", "Mặt trận, đoàn thể", "PARTY", "QU"));
        units.add(new DemoUnit("HDND", "Hội đồng nhân dân quận Long Biên", "Hội đồng nhân dân", "GOVERNMENT", null));
        units.add(new DemoUnit("UBND", "Ủy ban nhân dân quận Long Biên", "Ủy ban nhân dân", "GOVERNMENT", null));
        units.add(new DemoUnit("UB-VP", "Văn phòng HĐND và UBND quận", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-PNV", "Phòng Nội vụ", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-PGD", "Phòng Giáo dục và Đào tạo", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-TCKH", "Phòng Tài chính - Kế hoạch", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-TNMT", "Phòng Tài nguyên và Môi trường", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-QLDT", "Phòng Quản lý đô thị", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-TP", "Phòng Tư pháp", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-VHTT", "Phòng Văn hóa và Thông tin", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-LDTB", "Phòng Lao động - Thương binh và Xã hội", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        units.add(new DemoUnit("UB-TTRA", "Thanh tra quận", "Phòng chuyên môn", "GOVERNMENT", "UBND"));
        for (int i = 0; i < WARDS.size(); i++) {
            String ward = WARDS.get(i);
            String code = String.format("P%02d", i + 1);
            units.add(new DemoUnit(code + "-DU", "Đảng ủy phường " + ward, "Cấp ủy phường", "PARTY", "QU"));
            units.add(new DemoUnit(code + "-UB", "Ủy ban nhân dân phường " + ward, "Ủy ban nhân dân phường", "GOVERNMENT", "UBND"));
            units.add(new DemoUnit(code + "-MT", "Ủy ban MTTQ phường " + ward, "Mặt trận phường", "PARTY", code + "-DU"));
        }
        String[][] schools = {
            {"MN-HS", "Trường Mầm non Hoa Sữa", "Trường mầm non"},
            {"MN-BD", "Trường Mầm non Bồ Đề", "Trường mầm non"},
            {"MN-GT", "Trường Mầm non Gia Thụy", "Trường mầm non"},
            {"TH-AD", "Trường Tiểu học Ái Mộ", "Trường tiểu học"},
            {"TH-GT", "Trường Tiểu học Gia Thụy", "Trường tiểu học"},
            {"TH-NT", "Trường Tiểu học Ngọc Thụy", "Trường tiểu học"},
            {"THCS-CL", "Trường THCS Chu Văn An", "Trường trung học cơ sở"},
            {"THCS-NG", "Trường THCS Ngọc Lâm", "Trường trung học cơ sở"},
            {"THCS-TT", "Trường THCS Thượng Thanh", "Trường trung học cơ sở"},
        };
        for (String[] school : schools) {
            units.add(new DemoUnit(school[0], school[1], school[2], "SCHOOL", "UB-PGD"));
        }
        return units;
    }

    private static int insert(Connection connection, List<DemoUnit> units) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String sql = "INSERT INTO org_unit (code, name, unit_type, block, parent_id, valid_from, sort_path, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)";
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (DemoUnit unit : units) {
                String path = unit.parent() == null ? unit.code() : paths.get(unit.parent()) + "/" + unit.code();
                insert.setString(1, unit.code());
                insert.setString(2, unit.name());
                insert.setString(3, unit.type());
                insert.setString(4, unit.block());
                if (unit.parent() == null) {
                    insert.setNull(5, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(5, ids.get(unit.parent()));
                }
                insert.setObject(6, VALID_FROM);
                insert.setString(7, path);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.put(unit.code(), keys.getLong(1));
                }
                paths.put(unit.code(), path);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return units.size();
    }
}
