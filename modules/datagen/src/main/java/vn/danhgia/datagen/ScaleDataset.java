package vn.danhgia.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.danhgia.datagen.PeopleFactory.UnitCtx;
import vn.danhgia.datagen.Rows.UnitRow;

/**
 * City-scale data for benchmarks: {@code people} persons spread over district-like subtrees of about 1,333
 * people each (150 subtrees for 200,000 people), each with a Party Committee and its boards, Fatherland Front
 * and two mass organisations, a People's Committee with its offices (Home Affairs, Education…) and a public
 * service unit, three wards (Party Committee, People's Committee, Front) and 14 schools — 37 units per
 * subtree. Every person gets the same kinds of facts as in the demo, plus rare discipline, inspection and
 * legal-participation records.
 *
 * <p>Codes never collide with the demo: units are {@code S001-…}, staff codes {@code S0000001…}, so scale
 * data can be added next to the demo (but only once per database: a second run fails on the unique codes
 * and rolls back). Rows are streamed to the database in JDBC batches, in one transaction.
 */
public final class ScaleDataset {

    public static final int DEFAULT_PEOPLE = 200_000;
    public static final long DEFAULT_SEED = 20_230_102L;
    /** People per district-like subtree. */
    public static final int PEOPLE_PER_DISTRICT = 1_333;
    public static final int MINIMUM_PEOPLE = 500;
    public static final String STAFF_PREFIX = "S";

    private static final LocalDate VALID_FROM = DemoDataset.VALID_FROM;
    private static final LocalDate[] SUMMER_BREAK_ENDS = {LocalDate.of(2023, 7, 14), LocalDate.of(2023, 7, 20),
        LocalDate.of(2023, 7, 21), LocalDate.of(2023, 7, 28)};

    /** Subtree template: key (code suffix), name pattern (%s = district name), unit type, kind, parent key. */
    private static final String[][] TEMPLATE = {
        {"QU", "Quận ủy %s", "Cấp ủy", "DISTRICT_PARTY_COMMITTEE", null},
        {"QU-BTC", "Ban Tổ chức Quận ủy %s", "Ban Đảng", "PARTY_ORGANISATION_BOARD", "QU"},
        {"QU-BTG", "Ban Tuyên giáo Quận ủy %s", "Ban Đảng", "PARTY_BOARD", "QU"},
        {"QU-VP", "Văn phòng Quận ủy %s", "Ban Đảng", "PARTY_BOARD", "QU"},
        {"MTTQ", "Ủy ban MTTQ Việt Nam %s", "Mặt trận, đoàn thể", "FATHERLAND_FRONT", "QU"},
        {"HLHPN", "Hội Liên hiệp Phụ nữ %s", "Mặt trận, đoàn thể", "MASS_ORGANISATION", "QU"},
        {"QD", "Đoàn Thanh niên %s", "Mặt trận, đoàn thể", "MASS_ORGANISATION", "QU"},
        {"UBND", "Ủy ban nhân dân %s", "Ủy ban nhân dân", "PEOPLES_COMMITTEE", null},
        // not named "Phòng Nội vụ": the browser test filters the demo's units on "Nội vụ"
        {"UB-PNV", "Phòng Tổ chức cán bộ %s", "Phòng chuyên môn", "HOME_AFFAIRS_OFFICE", "UBND"},
        {"UB-PGD", "Phòng Giáo dục và Đào tạo %s", "Phòng chuyên môn", "EDUCATION_OFFICE", "UBND"},
        {"UB-TCKH", "Phòng Tài chính - Kế hoạch %s", "Phòng chuyên môn", "OFFICE", "UBND"},
        {"UB-TNMT", "Phòng Tài nguyên và Môi trường %s", "Phòng chuyên môn", "OFFICE", "UBND"},
        {"UB-VP", "Văn phòng HĐND và UBND %s", "Phòng chuyên môn", "OFFICE", "UBND"},
        {"UB-BQLDA", "Ban Quản lý dự án %s", "Đơn vị sự nghiệp", "PUBLIC_SERVICE_UNIT", "UBND"},
    };
    private static final int[][] FIXED_SIZE_RANGES = {
        {2, 2}, {7, 10}, {6, 9}, {10, 16}, {7, 10}, {4, 6}, {4, 6},
        {4, 4}, {9, 14}, {10, 16}, {14, 22}, {12, 22}, {18, 26}, {15, 25}};
    private static final int WARDS_PER_DISTRICT = 3;
    private static final String[][] WARD_TEMPLATE = {
        {"DU", "Đảng ủy phường %s", "Cấp ủy phường", "WARD_PARTY_COMMITTEE"},
        {"UB", "Ủy ban nhân dân phường %s", "Ủy ban nhân dân phường", "WARD_PEOPLES_COMMITTEE"},
        {"MT", "Ủy ban MTTQ phường %s", "Mặt trận phường", "WARD_FATHERLAND_FRONT"},
    };
    private static final String[][] SCHOOL_TEMPLATE = {
        {"MN", "Trường Mầm non %s", "Trường mầm non", "PRESCHOOL", "5"},
        {"TH", "Trường Tiểu học %s", "Trường tiểu học", "PRIMARY_SCHOOL", "5"},
        {"THCS", "Trường THCS %s", "Trường trung học cơ sở", "LOWER_SECONDARY_SCHOOL", "4"},
    };
    private static final String[] PLACE = {"An Bình", "An Phú", "Bình Minh", "Đông Hòa", "Hòa Lạc", "Hồng Hà",
        "Kim Liên", "Lạc Long", "Minh Khai", "Nam Sơn", "Phú Thượng", "Quang Trung", "Tân Lập", "Thanh Xuân",
        "Thịnh Quang", "Trung Hòa", "Văn Miếu", "Xuân Đỉnh", "Yên Hòa", "Hoàng Liệt", "Tây Mỗ", "Đại Kim",
        "Phương Liệt", "Định Công", "Khương Đình", "Láng Thượng", "Ô Chợ Dừa", "Cát Linh", "Ngọc Hà", "Liễu Giai"};

    private ScaleDataset() {
    }

    /** Number of district-like subtrees for that many people. */
    public static int districts(int people) {
        return Math.max(1, Math.round(people / (float) PEOPLE_PER_DISTRICT));
    }

    /**
     * Writes {@code people} persons and their units and facts into the database, in one transaction with
     * JDBC batches of 2,000 rows. Prints nothing; the summary carries the time taken.
     */
    public static DatasetSummary write(Connection connection, int people, long seed) throws SQLException {
        check(people);
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM org_unit WHERE code = ?")) {
            s.setString(1, unitCode(1, districts(people), "QU"));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("scale data already present (unit " + unitCode(1, districts(people),
                            "QU") + "): use a fresh database");
                }
            }
        }
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (JdbcWriter writer = new JdbcWriter(connection, 2000)) {
            generate(writer, people, seed);
            DatasetSummary summary = writer.finish();
            connection.commit();
            return summary.withElapsedMillis((System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Streams the dataset into {@code sink}: units of a subtree first, then its people. Returns the people made. */
    public static int generate(RowSink sink, int people, long seed) throws SQLException {
        check(people);
        SplittableRandom master = new SplittableRandom(seed);
        int districts = districts(people);
        PeopleFactory factory = new PeopleFactory(sink, STAFF_PREFIX, 7, 0, true);
        for (int d = 1; d <= districts; d++) {
            int target = people / districts + (d <= people % districts ? 1 : 0);
            district(sink, factory, master.split(), d, districts, target);
        }
        return factory.created();
    }

    private static void check(int people) {
        if (people < MINIMUM_PEOPLE) {
            throw new IllegalArgumentException("scale needs at least " + MINIMUM_PEOPLE + " people, got " + people);
        }
    }

    static String unitCode(int district, int districts, String key) {
        int width = Math.max(3, String.valueOf(districts).length());
        return "S" + String.format("%0" + width + "d", district) + "-" + key;
    }

    private static void district(RowSink sink, PeopleFactory factory, SplittableRandom r, int d, int districts,
                                 int target) throws SQLException {
        String name = "quận " + PLACE[(d - 1) % PLACE.length] + " " + String.format("%03d", d);
        String focalHome = unitCode(d, districts, "UB-PNV");
        String focalEducation = unitCode(d, districts, "UB-PGD");
        String focalParty = unitCode(d, districts, "QU-BTC");
        List<UnitRow> units = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        int used = 0;
        for (int i = 0; i < TEMPLATE.length; i++) {
            String[] t = TEMPLATE[i];
            int size = FIXED_SIZE_RANGES[i][0] + r.nextInt(FIXED_SIZE_RANGES[i][1] - FIXED_SIZE_RANGES[i][0] + 1);
            units.add(unit(d, districts, t[0], String.format(t[1], name), t[2], Kind.valueOf(t[3]), t[4], paths,
                    focalHome, focalEducation, focalParty));
            sizes.add(size);
            used += size;
        }
        for (int w = 1; w <= WARDS_PER_DISTRICT; w++) {
            String ward = PLACE[(d * 7 + w * 3) % PLACE.length] + " " + String.format("%03d-%d", d, w);
            for (String[] t : WARD_TEMPLATE) {
                Kind kind = Kind.valueOf(t[3]);
                String parent = switch (t[0]) {
                    case "DU" -> "QU";
                    case "UB" -> "UBND";
                    default -> "P" + w + "-DU";
                };
                units.add(unit(d, districts, "P" + w + "-" + t[0], String.format(t[1], ward), t[2], kind, parent,
                        paths, focalHome, focalEducation, focalParty));
                int size = Staffing.randomSize(kind, r);
                sizes.add(size);
                used += size;
            }
        }
        // schools take the rest, in random shares, at least 10 people each
        List<Integer> schoolIndexes = new ArrayList<>();
        for (String[] t : SCHOOL_TEMPLATE) {
            int count = Integer.parseInt(t[4]);
            for (int s = 1; s <= count; s++) {
                String school = PLACE[(d * 11 + s * 5 + t[0].length()) % PLACE.length] + " " + String.format("%03d-%d", d, s);
                units.add(unit(d, districts, t[0] + s, String.format(t[1], school), t[2], Kind.valueOf(t[3]),
                        "UB-PGD", paths, focalHome, focalEducation, focalParty));
                schoolIndexes.add(units.size() - 1);
                sizes.add(0);
            }
        }
        int rest = target - used;
        int schools = schoolIndexes.size();
        if (rest < schools * 10) {
            // small totals: shrink the non-school units to one person (the head) until the schools fit
            for (int i = 0; i < sizes.size() && rest < schools * 10; i++) {
                if (sizes.get(i) > 1 && !schoolIndexes.contains(i)) {
                    int give = Math.min(sizes.get(i) - 1, schools * 10 - rest);
                    sizes.set(i, sizes.get(i) - give);
                    rest += give;
                }
            }
        }
        int[] weights = new int[schools];
        int weightSum = 0;
        for (int i = 0; i < schools; i++) {
            weights[i] = 60 + r.nextInt(81);
            weightSum += weights[i];
        }
        int free = rest - schools * 10;
        int given = 0;
        for (int i = 0; i < schools; i++) {
            int share = i == schools - 1 ? free - given : (int) ((long) free * weights[i] / weightSum);
            given += share;
            sizes.set(schoolIndexes.get(i), 10 + share);
        }

        for (UnitRow unit : units) {
            sink.unit(unit);
        }
        for (int i = 0; i < units.size(); i++) {
            UnitRow unit = units.get(i);
            Kind kind = Kind.valueOf(unit.kind());
            String key = unit.code().substring(unit.code().indexOf('-') + 1);
            LocalDate summerEnd = kind == Kind.PRIMARY_SCHOOL || kind == Kind.LOWER_SECONDARY_SCHOOL
                    ? SUMMER_BREAK_ENDS[i % SUMMER_BREAK_ENDS.length] : null;
            UnitCtx ctx = new UnitCtx(unit.code(), kind, unit.validFrom(), summerEnd, false);
            List<Post> posts = new ArrayList<>(Staffing.posts(key, unit.name(), kind, sizes.get(i), r));
            // exact totals: bodies with fixed leadership posts (People's Committee…) may differ from the size drawn
            while (posts.size() > sizes.get(i)) {
                posts.remove(posts.size() - 1);
            }
            Post filler = posts.get(posts.size() - 1).leader()
                    ? Post.member("Chuyên viên", "CONG_CHUC", Post.Profile.CIVIL_SERVANT, 50) : posts.get(posts.size() - 1);
            while (posts.size() < sizes.get(i)) {
                posts.add(filler);
            }
            for (Post post : posts) {
                factory.create(r, post, ctx);
            }
        }
    }

    private static UnitRow unit(int d, int districts, String key, String name, String type, Kind kind,
                                String parentKey, Map<String, String> paths, String focalHome,
                                String focalEducation, String focalParty) {
        String code = unitCode(d, districts, key);
        String parent = parentKey == null ? null : unitCode(d, districts, parentKey);
        String path = parent == null ? code : paths.get(parent) + "/" + code;
        paths.put(code, path);
        String focal = switch (kind.focal()) {
            case HOME_AFFAIRS -> focalHome;
            case EDUCATION -> focalEducation;
            case PARTY_ORGANISATION -> focalParty;
        };
        String area = kind.name().startsWith("WARD_") ? code.substring(0, code.lastIndexOf('-')) : null;
        return new UnitRow(code, name, type, kind.name(), kind.block, parent, focal, area, VALID_FROM, null, path);
    }
}
