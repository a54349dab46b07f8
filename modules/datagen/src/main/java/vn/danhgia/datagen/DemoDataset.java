package vn.danhgia.datagen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.datagen.PeopleFactory.UnitCtx;
import vn.danhgia.datagen.Rows.AbsenceRow;
import vn.danhgia.datagen.Rows.DisciplineRow;
import vn.danhgia.datagen.Rows.InspectionRow;
import vn.danhgia.datagen.Rows.LegalParticipationRow;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.UnitEventRow;
import vn.danhgia.datagen.Rows.UnitRow;

/**
 * The demo district as of 2023, shaped like Long Biên (RULES.md ORG-1): the district Party Committee and its
 * boards, the People's Council and its two committees, the People's Committee with its offices and two
 * public service units, the Fatherland Front and mass organisations, the enterprise Party Committee, the 14
 * wards (Party Committee, People's Committee, Fatherland Front, Women's Union, Youth Union) and 62 public
 * schools under the Education Office; about 5,000–6,000 people with every fact the rules read; and the
 * July 2025 reorganisation as dated changes (old wards closed, new wards created, MERGE events, staff moved
 * with dated memberships). District bodies stay valid, so the tree shown today is still complete.
 *
 * <p>Deterministic: {@link #generate(long)} with the same seed gives the same rows in the same order.
 * Deliberate edge cases (the tests check them): an office with exactly 19 and one with exactly 20 staff all
 * year (PRO-3, PRO-9: {@link #UNIT_WITH_19_STAFF}, {@link #UNIT_WITH_20_STAFF}); absences of exactly 14 and
 * 15 working days in Q3/2023, including summer breaks (PRO-8); discipline and inspection records in force
 * or expired (PRO-5); concurrent positions, secondments and transfers (ORG-9, ANN-9, ANN-14, ANN-15).
 */
public final class DemoDataset {

    public static final long DEFAULT_SEED = 20_230_101L;
    public static final LocalDate VALID_FROM = LocalDate.of(2023, 1, 1);
    /** The district level was abolished and the wards merged on this day (the district bodies stay in the demo). */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    public static final String LEGAL_BASIS_2025 =
            "Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";

    public static final String STAFF_PREFIX = "LB";
    public static final String HOME_AFFAIRS_OFFICE = "UB-PNV";
    public static final String EDUCATION_OFFICE = "UB-PGD";
    public static final String PARTY_ORGANISATION_BOARD = "QU-BTC";
    /** PRO-3 edge: exactly 19 primary members all year, so form 04 (fewer than 20 staff). */
    public static final String UNIT_WITH_19_STAFF = "UB-TNMT";
    /** PRO-3 edge: exactly 20 primary members all year, so form 05 (20 staff or more). */
    public static final String UNIT_WITH_20_STAFF = "UB-QLDT";

    public static final List<String> WARDS = List.of("Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên",
            "Long Biên", "Ngọc Lâm", "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh",
            "Việt Hưng");

    /**
     * New ward → old wards merged into it on {@link #REFORM_DATE}. ILLUSTRATIVE groupings: plausible
     * neighbours, not a transcription of the 2025 resolution (the real boundaries also split some old wards
     * and moved parts to other new wards). The first old ward of each group gives its name and its leaders.
     */
    public static final Map<String, List<String>> MERGED_WARDS = mergedWards();

    /** Units of each ward: code suffix, kind, unit type, name prefix. */
    private static final String[][] WARD_BODIES = {
        {"DU", "WARD_PARTY_COMMITTEE", "Cấp ủy phường", "Đảng ủy phường "},
        {"UB", "WARD_PEOPLES_COMMITTEE", "Ủy ban nhân dân phường", "Ủy ban nhân dân phường "},
        {"MT", "WARD_FATHERLAND_FRONT", "Mặt trận phường", "Ủy ban MTTQ phường "},
        {"PN", "WARD_MASS_ORGANISATION", "Đoàn thể phường", "Hội Liên hiệp Phụ nữ phường "},
        {"DTN", "WARD_MASS_ORGANISATION", "Đoàn thể phường", "Đoàn Thanh niên phường "},
    };

    private static final String[] PRESCHOOLS = {"Hoa Sữa", "Bồ Đề", "Gia Thụy", "Ánh Sao", "Hoa Mai", "Ngọc Thụy",
        "Thạch Bàn", "Cự Khối", "Long Biên", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Giang Biên", "Đức Giang",
        "Việt Hưng", "Thượng Thanh", "Ngọc Lâm", "Họa Mi", "Hoa Thủy Tiên", "Sơn Ca", "Hoa Hồng", "Bằng Lăng"};
    private static final String[] PRIMARY_SCHOOLS = {"Ái Mộ", "Gia Thụy", "Ngọc Thụy", "Bồ Đề", "Ngọc Lâm",
        "Long Biên", "Thạch Bàn A", "Thạch Bàn B", "Cự Khối", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Giang Biên",
        "Đức Giang", "Việt Hưng", "Thượng Thanh", "Đoàn Khuê", "Lý Thường Kiệt", "Vũ Xuân Thiều", "Đô thị Việt Hưng",
        "Thanh Am"};
    private static final String[] SECONDARY_SCHOOLS = {"Chu Văn An", "Ngọc Lâm", "Thượng Thanh", "Gia Thụy",
        "Ngọc Thụy", "Bồ Đề", "Long Biên", "Thạch Bàn", "Cự Khối", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Giang Biên",
        "Đức Giang", "Việt Hưng", "Lê Quý Đôn", "Nguyễn Gia Thiều", "Ái Mộ", "Đô thị Sài Đồng"};
    /** Last day of the 2023 summer break (from 19 June) by school: 10, 14, 15 and 20 working days in Q3. */
    private static final LocalDate[] SUMMER_BREAK_ENDS = {LocalDate.of(2023, 7, 14), LocalDate.of(2023, 7, 20),
        LocalDate.of(2023, 7, 21), LocalDate.of(2023, 7, 28)};

    private DemoDataset() {
    }

    /**
     * Loads the demo (default seed) when {@code org_unit} is empty, in one transaction; prints nothing.
     *
     * @return what was written, or empty when the database already held units
     */
    public static Optional<DatasetSummary> loadIfEmpty(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(load(connection, DEFAULT_SEED));
    }

    /** Generates the demo and writes it in one transaction (all or nothing); the summary carries the time taken. */
    public static DatasetSummary load(Connection connection, long seed) throws SQLException {
        long start = System.nanoTime();
        Dataset dataset = generate(seed);
        return write(connection, dataset).withElapsedMillis((System.nanoTime() - start) / 1_000_000);
    }

    /** Writes a dataset in one transaction with JDBC batches; rolls back and rethrows on any failure. */
    public static DatasetSummary write(Connection connection, Dataset dataset) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (JdbcWriter writer = new JdbcWriter(connection, 2000)) {
            dataset.replay(writer);
            DatasetSummary summary = writer.finish();
            connection.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The demo in memory. Same seed, same rows. */
    public static Dataset generate(long seed) {
        try {
            return new Builder(seed).build();
        } catch (SQLException e) {
            throw new IllegalStateException("an in-memory dataset does not throw SQLException", e);
        }
    }

    private static Map<String, List<String>> mergedWards() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Bồ Đề", List.of("Bồ Đề", "Ngọc Lâm", "Ngọc Thụy", "Gia Thụy"));
        m.put("Việt Hưng", List.of("Việt Hưng", "Đức Giang", "Giang Biên", "Thượng Thanh"));
        m.put("Phúc Lợi", List.of("Phúc Lợi", "Phúc Đồng", "Sài Đồng"));
        m.put("Long Biên", List.of("Long Biên", "Thạch Bàn", "Cự Khối"));
        return Collections.unmodifiableMap(m);
    }

    /** Code of the unit of an old ward, e.g. ("Bồ Đề", "UB") → "P01-UB". */
    public static String wardCode(String ward, String suffix) {
        int i = WARDS.indexOf(ward);
        if (i < 0) {
            throw new IllegalArgumentException(ward);
        }
        return String.format("P%02d-%s", i + 1, suffix);
    }

    /** Code of the unit of a ward created on {@link #REFORM_DATE}, e.g. ("Bồ Đề", "UB") → "PM01-UB". */
    public static String newWardCode(String ward, String suffix) {
        int i = new ArrayList<>(MERGED_WARDS.keySet()).indexOf(ward);
        if (i < 0) {
            throw new IllegalArgumentException(ward);
        }
        return String.format("PM%02d-%s", i + 1, suffix);
    }

    // ====================================================================================================

    /** One generation run: the state shared by the steps. */
    private static final class Builder {

        private final SplittableRandom master;
        private final Dataset data = new Dataset();
        private final PeopleFactory factory;
        private final Map<String, UnitRow> units = new LinkedHashMap<>();
        /** Person index of the head of each unit. */
        private final Map<String, Integer> heads = new HashMap<>();
        /** Person indexes of the primary members (not heads/deputies) of each unit. */
        private final Map<String, List<Integer>> members = new HashMap<>();
        private final Map<String, int[]> schoolSizes = new HashMap<>();

        Builder(long seed) {
            this.master = new SplittableRandom(seed);
            this.factory = new PeopleFactory(data, STAFF_PREFIX, 6, 0, false);
        }

        Dataset build() throws SQLException {
            districtUnits();
            wardUnits();
            schoolUnits();
            newWardUnits();
            for (UnitRow unit : units.values()) {
                data.unit(unit);
            }
            for (UnitRow unit : new ArrayList<>(units.values())) {
                if (unit.validFrom().equals(VALID_FROM)) {
                    staff(unit);
                }
            }
            concurrentPositions();
            secondmentsAndTransfers();
            edgeAbsences();
            disciplineAndInspections();
            legalParticipations();
            reorganise2025();
            return data;
        }

        // ------------------------------------------------------------------------------------ units

        private void unit(String code, String name, String type, Kind kind, String parent) {
            unit(code, name, type, kind, parent, VALID_FROM, null);
        }

        private void unit(String code, String name, String type, Kind kind, String parent, LocalDate from,
                          LocalDate to) {
            String path = parent == null ? code : units.get(parent).sortPath() + "/" + code;
            String focal = switch (kind.focal()) {
                case HOME_AFFAIRS -> HOME_AFFAIRS_OFFICE;
                case EDUCATION -> EDUCATION_OFFICE;
                case PARTY_ORGANISATION -> PARTY_ORGANISATION_BOARD;
            };
            String area = kind.name().startsWith("WARD_") ? code.substring(0, code.indexOf('-')) : null;
            units.put(code, new UnitRow(code, name, type, kind.name(), kind.block, parent, focal, area, from, to, path));
        }

        private void districtUnits() {
            unit("QU", "Quận ủy Long Biên", "Cấp ủy", Kind.DISTRICT_PARTY_COMMITTEE, null);
            unit("QU-BTC", "Ban Tổ chức Quận ủy", "Ban Đảng", Kind.PARTY_ORGANISATION_BOARD, "QU");
            unit("QU-BTG", "Ban Tuyên giáo Quận ủy", "Ban Đảng", Kind.PARTY_BOARD, "QU");
            unit("QU-UBKT", "Ủy ban Kiểm tra Quận ủy", "Ban Đảng", Kind.PARTY_BOARD, "QU");
            unit("QU-BDV", "Ban Dân vận Quận ủy", "Ban Đảng", Kind.PARTY_BOARD, "QU");
            unit("QU-VP", "Văn phòng Quận ủy", "Ban Đảng", Kind.PARTY_BOARD, "QU");
            unit("QU-TTCT", "Trung tâm Chính trị quận", "Đơn vị sự nghiệp", Kind.POLITICAL_CENTRE, "QU");
            unit("QU-DUDN", "Đảng ủy Khối doanh nghiệp quận", "Cấp ủy", Kind.ENTERPRISE_PARTY_COMMITTEE, "QU");
            unit("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam quận", "Mặt trận, đoàn thể", Kind.FATHERLAND_FRONT, "QU");
            unit("QD", "Quận đoàn Long Biên", "Mặt trận, đoàn thể", Kind.MASS_ORGANISATION, "QU");
            unit("HLHPN", "Hội Liên hiệp Phụ nữ quận", "Mặt trận, đoàn thể", Kind.MASS_ORGANISATION, "QU");
            unit("HND", "Hội Nông dân quận", "Mặt trận, đoàn thể", Kind.MASS_ORGANISATION, "QU");
            unit("HCCB", "Hội Cựu chiến binh quận", "Mặt trận, đoàn thể", Kind.MASS_ORGANISATION, "QU");
            unit("LDLD", "Liên đoàn Lao động quận", "Mặt trận, đoàn thể", Kind.MASS_ORGANISATION, "QU");
            unit("HDND", "Hội đồng nhân dân quận Long Biên", "Hội đồng nhân dân", Kind.PEOPLES_COUNCIL, null);
            unit("HDND-KTXH", "Ban Kinh tế - Xã hội Hội đồng nhân dân quận", "Ban của HĐND",
                    Kind.PEOPLES_COUNCIL_COMMITTEE, "HDND");
            unit("HDND-PC", "Ban Pháp chế Hội đồng nhân dân quận", "Ban của HĐND", Kind.PEOPLES_COUNCIL_COMMITTEE,
                    "HDND");
            unit("UBND", "Ủy ban nhân dân quận Long Biên", "Ủy ban nhân dân", Kind.PEOPLES_COMMITTEE, null);
            unit("UB-VP", "Văn phòng HĐND và UBND quận", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-PNV", "Phòng Nội vụ", "Phòng chuyên môn", Kind.HOME_AFFAIRS_OFFICE, "UBND");
            unit("UB-PGD", "Phòng Giáo dục và Đào tạo", "Phòng chuyên môn", Kind.EDUCATION_OFFICE, "UBND");
            unit("UB-TCKH", "Phòng Tài chính - Kế hoạch", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-TNMT", "Phòng Tài nguyên và Môi trường", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-QLDT", "Phòng Quản lý đô thị", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-TP", "Phòng Tư pháp", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-VHTT", "Phòng Văn hóa và Thông tin", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-LDTB", "Phòng Lao động - Thương binh và Xã hội", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-KT", "Phòng Kinh tế", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-YT", "Phòng Y tế", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-TTRA", "Thanh tra quận", "Phòng chuyên môn", Kind.OFFICE, "UBND");
            unit("UB-BQLDA", "Ban Quản lý dự án đầu tư xây dựng quận", "Đơn vị sự nghiệp", Kind.PUBLIC_SERVICE_UNIT,
                    "UBND");
            unit("UB-TTVH", "Trung tâm Văn hóa - Thông tin và Thể thao quận", "Đơn vị sự nghiệp",
                    Kind.PUBLIC_SERVICE_UNIT, "UBND");
        }

        private void wardUnits() {
            for (String ward : WARDS) {
                for (String[] body : WARD_BODIES) {
                    String parent = switch (body[0]) {
                        case "DU" -> "QU";
                        case "UB" -> "UBND";
                        default -> wardCode(ward, "DU");
                    };
                    unit(wardCode(ward, body[0]), body[3] + ward, body[2], Kind.valueOf(body[1]), parent, VALID_FROM,
                            REFORM_DATE);
                }
            }
        }

        private void schoolUnits() {
            school(PRESCHOOLS, "MN", "Trường Mầm non ", "Trường mầm non", Kind.PRESCHOOL);
            school(PRIMARY_SCHOOLS, "TH", "Trường Tiểu học ", "Trường tiểu học", Kind.PRIMARY_SCHOOL);
            school(SECONDARY_SCHOOLS, "THCS", "Trường THCS ", "Trường trung học cơ sở", Kind.LOWER_SECONDARY_SCHOOL);
        }

        private void school(String[] names, String prefix, String namePrefix, String type, Kind kind) {
            for (int i = 0; i < names.length; i++) {
                unit(String.format("%s%02d", prefix, i + 1), namePrefix + names[i], type, kind, EDUCATION_OFFICE);
            }
        }

        private void newWardUnits() {
            for (String ward : MERGED_WARDS.keySet()) {
                for (String[] body : WARD_BODIES) {
                    String parent = switch (body[0]) {
                        case "DU" -> "QU";
                        case "UB" -> "UBND";
                        default -> newWardCode(ward, "DU");
                    };
                    unit(newWardCode(ward, body[0]), body[3] + ward, body[2], Kind.valueOf(body[1]), parent,
                            REFORM_DATE, null);
                }
            }
        }

        // ------------------------------------------------------------------------------------ staff

        private void staff(UnitRow unit) throws SQLException {
            SplittableRandom r = master.split();
            Kind kind = Kind.valueOf(unit.kind());
            LocalDate summerEnd = null;
            if (kind == Kind.PRIMARY_SCHOOL || kind == Kind.LOWER_SECONDARY_SCHOOL) {
                int n = Integer.parseInt(unit.code().replaceAll("\\D", ""));
                summerEnd = SUMMER_BREAK_ENDS[n % SUMMER_BREAK_ENDS.length];
            }
            boolean stable = unit.code().equals(UNIT_WITH_19_STAFF) || unit.code().equals(UNIT_WITH_20_STAFF);
            UnitCtx ctx = new UnitCtx(unit.code(), kind, unit.validFrom(), summerEnd, stable);
            int size = Staffing.FIXED_SIZES.containsKey(unit.code()) ? Staffing.FIXED_SIZES.get(unit.code())
                    : Staffing.randomSize(kind, r);
            List<Post> posts = Staffing.posts(unit.code(), unit.name(), kind, size, r);
            List<Integer> plain = new ArrayList<>();
            for (Post post : posts) {
                int person = factory.create(r, post, ctx);
                if (Post.HEAD.equals(post.unitRole())) {
                    heads.put(unit.code(), person);
                } else if (Post.MEMBER.equals(post.unitRole())) {
                    plain.add(person);
                }
            }
            members.put(unit.code(), plain);
        }

        // ------------------------------------------------------------------------------------ ORG-5, ORG-9

        private void concurrentPositions() {
            // ANN-14: the district Party secretary chairs the People's Council; the People's Committee chair is
            // deputy Party secretary; each ward People's Committee chair is deputy secretary of the ward Party.
            data.membership(new MembershipRow(heads.get("QU"), "HDND", "Chủ tịch HĐND quận", Post.HEAD, true,
                    "CONCURRENT", VALID_FROM, null, "Nghị quyết bầu Chủ tịch HĐND quận nhiệm kỳ 2021-2026"));
            data.membership(new MembershipRow(heads.get("UBND"), "QU", "Phó Bí thư Quận ủy", Post.DEPUTY, true,
                    "CONCURRENT", VALID_FROM, null, null));
            for (String ward : WARDS) {
                data.membership(new MembershipRow(heads.get(wardCode(ward, "UB")), wardCode(ward, "DU"),
                        "Phó Bí thư Đảng ủy phường", Post.DEPUTY, true, "CONCURRENT", VALID_FROM, REFORM_DATE, null));
            }
            // part-time members of the People's Council committees, from offices (not the PRO-3 edge offices)
            String[][] committeeMembers = {{"HDND-KTXH", "UB-TCKH"}, {"HDND-KTXH", "UB-KT"}, {"HDND-KTXH", "UB-LDTB"},
                {"HDND-PC", "UB-TP"}, {"HDND-PC", "UB-TTRA"}, {"HDND-PC", "UB-VHTT"}};
            for (String[] cm : committeeMembers) {
                String title = "HDND-KTXH".equals(cm[0]) ? "Ủy viên Ban Kinh tế - Xã hội HĐND quận"
                        : "Ủy viên Ban Pháp chế HĐND quận";
                data.membership(new MembershipRow(members.get(cm[1]).get(0), cm[0], title, Post.MEMBER, false,
                        "CONCURRENT", VALID_FROM, null, null));
            }
        }

        private void secondmentsAndTransfers() {
            // ANN-15: seconded (biệt phái) for nine months; the home membership stays.
            String[][] secondments = {{"UB-VP", wardCode("Bồ Đề", "UB")}, {"UB-TCKH", wardCode("Ngọc Lâm", "UB")},
                {"UB-PNV", "UB-TTRA"}};
            for (String[] s : secondments) {
                List<Integer> from = members.get(s[0]);
                int person = from.get(from.size() - 1);
                data.membership(new MembershipRow(person, s[1], "Chuyên viên (biệt phái)", Post.MEMBER, false,
                        "SECONDMENT", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 1), "215/QĐ-UBND"));
            }
            // ANN-9: transfers during 2023 (the new unit evaluates, with the old unit's comments)
            transfer(members.get("UB-LDTB").get(1), "UB-LDTB", "UB-PNV", LocalDate.of(2023, 7, 1));
            transfer(members.get("TH03").get(2), "TH03", "TH05", LocalDate.of(2023, 8, 15));
            transfer(members.get("TH10").get(3), "TH10", "TH12", LocalDate.of(2023, 8, 15));
            transfer(members.get("THCS04").get(2), "THCS04", "THCS09", LocalDate.of(2023, 8, 15));
            transfer(members.get("MN06").get(4), "MN06", "MN02", LocalDate.of(2023, 8, 15));
        }

        private void transfer(int person, String from, String to, LocalDate on) {
            List<MembershipRow> all = data.memberships();
            for (int i = 0; i < all.size(); i++) {
                MembershipRow m = all.get(i);
                if (m.person() == person && m.unitCode().equals(from) && "PRIMARY".equals(m.kind())) {
                    data.replaceMembership(i, new MembershipRow(person, from, m.positionTitle(), m.unitRole(),
                            m.leader(), m.kind(), m.validFrom(), on, m.decision()));
                    data.membership(new MembershipRow(person, to, m.positionTitle(), Post.MEMBER, false, "PRIMARY", on,
                            null, "Quyết định điều động " + (300 + person % 600) + "/QĐ-UBND"));
                    members.get(from).remove(Integer.valueOf(person));
                    return;
                }
            }
            throw new IllegalStateException("no primary membership of " + person + " in " + from);
        }

        // ------------------------------------------------------------------------------------ ORG-7 / PRO-8

        private void edgeAbsences() {
            List<Integer> free = withoutAbsences(List.of("UB-TCKH", "UB-VHTT", "UB-KT", "UB-VP", "QU-VP", "MTTQ"));
            Object[][] edges = {
                {"ANNUAL", "2023-07-03", "2023-07-20", "PRO-8: 14 ngày làm việc trong quý III/2023 (vẫn đánh giá)"},
                {"ANNUAL", "2023-07-03", "2023-07-21", "PRO-8: 15 ngày làm việc trong quý III/2023 (không đánh giá)"},
                {"SICK", "2023-08-07", "2023-08-24", "PRO-8: 14 ngày làm việc trong quý III/2023 (vẫn đánh giá)"},
                {"SICK", "2023-08-07", "2023-08-25", "PRO-8: 15 ngày làm việc trong quý III/2023 (không đánh giá)"},
                {"ANNUAL", "2023-08-28", "2023-09-15",
                    "PRO-8: 15 ngày thứ Hai-thứ Sáu nhưng 13 ngày làm việc (nghỉ lễ 1/9 và 4/9/2023)"},
                {"UNPAID", "2023-09-05", "2023-09-25", "PRO-8: 15 ngày làm việc trong quý III/2023 (không đánh giá)"},
                {"PERSONAL_LONG", "2023-03-01", "2023-09-30", "ANN-8: nghỉ việc riêng từ 6 tháng trở lên"},
            };
            for (int i = 0; i < edges.length; i++) {
                Object[] e = edges[i];
                data.absence(new AbsenceRow(free.get(i * 3), (String) e[0], LocalDate.parse((String) e[1]),
                        LocalDate.parse((String) e[2]), (String) e[3]));
            }
        }

        private List<Integer> withoutAbsences(List<String> unitCodes) {
            Set<Integer> absent = new HashSet<>();
            for (AbsenceRow a : data.absences()) {
                absent.add(a.person());
            }
            List<Integer> result = new ArrayList<>();
            for (String code : unitCodes) {
                for (int p : members.get(code)) {
                    if (!absent.contains(p)) {
                        result.add(p);
                    }
                }
            }
            return result;
        }

        // ------------------------------------------------------------------------------------ ORG-8

        private void disciplineAndInspections() {
            data.discipline(new DisciplineRow(members.get("UB-KT").get(2), "PARTY", "Khiển trách",
                    LocalDate.of(2023, 3, 15), LocalDate.of(2024, 3, 14), "45-QĐ/UBKTQU"));
            data.discipline(new DisciplineRow(members.get("UB-TCKH").get(3), "GOVERNMENT", "Khiển trách",
                    LocalDate.of(2023, 5, 10), LocalDate.of(2024, 5, 9), "1520/QĐ-UBND"));
            data.discipline(new DisciplineRow(members.get(wardCode("Đức Giang", "UB")).get(1), "GOVERNMENT", "Cảnh cáo",
                    LocalDate.of(2022, 11, 1), LocalDate.of(2023, 10, 31), "2874/QĐ-UBND"));
            data.discipline(new DisciplineRow(members.get("UB-VHTT").get(2), "PARTY", "Khiển trách",
                    LocalDate.of(2021, 6, 1), LocalDate.of(2022, 5, 31), "18-QĐ/UBKTQU"));
            data.discipline(new DisciplineRow(members.get("THCS02").get(5), "GOVERNMENT", "Khiển trách",
                    LocalDate.of(2023, 9, 20), LocalDate.of(2024, 9, 19), "96/QĐ-THCS"));
            data.inspection(new InspectionRow(members.get("UB-TTRA").get(1), "UNDER_INSPECTION",
                    LocalDate.of(2023, 8, 14), LocalDate.of(2023, 11, 30),
                    "Đang thanh tra theo Quyết định số 85/QĐ-TTr ngày 10/8/2023"));
            data.inspection(new InspectionRow(members.get("UB-LDTB").get(3), "VIOLATION_FOUND",
                    LocalDate.of(2023, 5, 22), LocalDate.of(2023, 5, 22),
                    "Kết luận thanh tra số 12/KL-TTr ngày 22/5/2023: vi phạm trong chi trả trợ cấp xã hội"));
            data.inspection(new InspectionRow(members.get(wardCode("Phúc Đồng", "UB")).get(2), "UNDER_INSPECTION",
                    LocalDate.of(2023, 10, 2), null, "Đang thanh tra việc quản lý trật tự xây dựng"));
        }

        private void legalParticipations() {
            Object[][] docs = {
                {"UB-TP", "Nghị quyết HĐND quận về kế hoạch đầu tư công trung hạn 2021-2025 (điều chỉnh)",
                    "LEGAL_DOCUMENT", "Thành viên Ban soạn thảo", "2022-12-20"},
                {"UB-TP", "Quy chế làm việc của UBND quận nhiệm kỳ 2021-2026", "LEGAL_DOCUMENT",
                    "Chủ trì soạn thảo", "2021-09-15"},
                {"UB-TP", "Kế hoạch phổ biến, giáo dục pháp luật năm 2023", "PROJECT", "Thành viên Tổ biên tập",
                    "2023-01-12"},
                {"UB-PNV", "Đề án vị trí việc làm và cơ cấu ngạch công chức các phòng chuyên môn", "PROJECT",
                    "Chủ trì xây dựng", "2023-04-28"},
                {"UB-PNV", "Kế hoạch cải cách hành chính năm 2023", "PROJECT", "Thành viên Tổ biên tập", "2022-12-28"},
                {"UB-VP", "Đề án chuyển đổi số quận Long Biên giai đoạn 2023-2025", "PROJECT", "Thành viên Tổ biên tập",
                    "2023-03-10"},
                {"UB-TCKH", "Nghị quyết HĐND quận về dự toán ngân sách năm 2023", "LEGAL_DOCUMENT",
                    "Thành viên Ban soạn thảo", "2022-12-16"},
                {"UB-TCKH", "Nghị quyết HĐND quận về phân bổ dự toán ngân sách năm 2024", "LEGAL_DOCUMENT",
                    "Thành viên Ban soạn thảo", "2023-12-18"},
                {"QU-BTC", "Đề tài: Nâng cao chất lượng đánh giá cán bộ, công chức cấp phường", "RESEARCH",
                    "Chủ nhiệm đề tài", "2022-11-30"},
                {"QU-BTC", "Quy định đánh giá sự chuyên nghiệp của cán bộ, công chức, viên chức năm 2023", "PROJECT",
                    "Thành viên Tổ biên tập", "2023-01-11"},
                {"UB-TTRA", "Quy trình tiếp công dân, giải quyết khiếu nại tại UBND quận", "PROJECT",
                    "Thành viên Tổ biên tập", "2023-06-05"},
                {"UB-PGD", "Đề án phát triển giáo dục quận Long Biên giai đoạn 2021-2025", "PROJECT",
                    "Thành viên Tổ biên tập", "2021-12-22"},
            };
            int i = 0;
            for (Object[] d : docs) {
                List<Integer> staff = members.get((String) d[0]);
                int person = staff.get(i++ % staff.size());
                data.legalParticipation(new LegalParticipationRow(person, (String) d[1], (String) d[2], (String) d[3],
                        LocalDate.parse((String) d[4])));
            }
        }

        // ------------------------------------------------------------------------------------ ORG-1 2025

        /**
         * The wards of each group close on {@link #REFORM_DATE}; their staff move to the new ward's body of the
         * same kind. The head of the first (namesake) ward stays head; the other heads, then the deputies,
         * fill up to three deputy posts; everyone else keeps their title as a member (a demoted deputy becomes
         * "Chuyên viên"). Concurrent positions end with the old unit.
         */
        private void reorganise2025() {
            int event = 0;
            for (Map.Entry<String, List<String>> group : MERGED_WARDS.entrySet()) {
                for (String[] body : WARD_BODIES) {
                    String target = newWardCode(group.getKey(), body[0]);
                    List<String> sources = new ArrayList<>();
                    for (String ward : group.getValue()) {
                        sources.add(wardCode(ward, body[0]));
                    }
                    List<String> oldNames = new ArrayList<>();
                    for (String ward : group.getValue()) {
                        oldNames.add(ward);
                    }
                    String description = "Hợp nhất " + body[3].replace(" phường ", " các phường ")
                            + String.join(", ", oldNames) + " thành " + units.get(target).name();
                    data.unitEvent(new UnitEventRow(event++, REFORM_DATE, "MERGE", description, LEGAL_BASIS_2025,
                            sources, List.of(target)));
                    moveStaff(sources, target);
                }
            }
        }

        private void moveStaff(List<String> sources, String target) {
            List<MembershipRow> all = data.memberships();
            List<MembershipRow> heads = new ArrayList<>();
            List<MembershipRow> deputies = new ArrayList<>();
            List<MembershipRow> others = new ArrayList<>();
            for (String source : sources) {
                for (int i = 0; i < all.size(); i++) {
                    MembershipRow m = all.get(i);
                    if (!m.unitCode().equals(source) || !m.validOn(REFORM_DATE.minusDays(1))) {
                        continue;
                    }
                    data.replaceMembership(i, new MembershipRow(m.person(), m.unitCode(), m.positionTitle(),
                            m.unitRole(), m.leader(), m.kind(), m.validFrom(), REFORM_DATE, m.decision()));
                    if (!"PRIMARY".equals(m.kind())) {
                        continue;
                    }
                    switch (m.unitRole()) {
                        case Post.HEAD -> heads.add(m);
                        case Post.DEPUTY -> deputies.add(m);
                        default -> others.add(m);
                    }
                }
            }
            String decision = "Quyết định ngày 30/6/2025 về việc bố trí cán bộ, công chức phường mới";
            MembershipRow head = heads.get(0);
            data.membership(new MembershipRow(head.person(), target, head.positionTitle(), Post.HEAD, true, "PRIMARY",
                    REFORM_DATE, null, decision));
            List<MembershipRow> candidates = new ArrayList<>(heads.subList(1, heads.size()));
            candidates.addAll(deputies);
            int deputyPosts = 0;
            for (MembershipRow m : candidates) {
                if (deputyPosts < 3) {
                    deputyPosts++;
                    String title = Post.HEAD.equals(m.unitRole()) ? deputyTitleFor(m.positionTitle()) : m.positionTitle();
                    data.membership(new MembershipRow(m.person(), target, title, Post.DEPUTY, true, "PRIMARY",
                            REFORM_DATE, null, decision));
                } else {
                    data.membership(new MembershipRow(m.person(), target, "Chuyên viên", Post.MEMBER, false, "PRIMARY",
                            REFORM_DATE, null, decision));
                }
            }
            for (MembershipRow m : others) {
                data.membership(new MembershipRow(m.person(), target, m.positionTitle(), Post.MEMBER, false, "PRIMARY",
                        REFORM_DATE, null, decision));
            }
        }

        private static String deputyTitleFor(String headTitle) {
            if (headTitle.startsWith("Bí thư")) {
                return "Phó " + headTitle;
            }
            if (headTitle.startsWith("Chủ tịch")) {
                return "Phó " + headTitle;
            }
            return "Phó " + Character.toLowerCase(headTitle.charAt(0)) + headTitle.substring(1);
        }
    }
}
