package vn.danhgia.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.danhgia.datagen.Post.Profile;

/**
 * Posts of a unit by kind: titles, roles, categories and career profiles, for the demo and the scale data.
 * The {@code key} is the unit code without any dataset prefix ("UB-VP", "QU-UBKT"…): it picks the titles of
 * bodies whose head is not called "Trưởng phòng" (Chánh Văn phòng, Chánh Thanh tra, Chủ nhiệm UBKT…).
 * The demo's district body sizes are fixed, so the PRO-3 edge offices do not depend on the seed.
 */
final class Staffing {

    static final Map<String, Integer> FIXED_SIZES = Map.ofEntries(
            Map.entry("QU-BTC", 12), Map.entry("QU-BTG", 10), Map.entry("QU-UBKT", 11), Map.entry("QU-BDV", 8),
            Map.entry("QU-VP", 24), Map.entry("QU-TTCT", 9), Map.entry("QU-DUDN", 7), Map.entry("MTTQ", 12),
            Map.entry("QD", 8), Map.entry("HLHPN", 7), Map.entry("HND", 6), Map.entry("HCCB", 5),
            Map.entry("LDLD", 8),
            Map.entry("UB-VP", 32), Map.entry("UB-PNV", 14), Map.entry("UB-PGD", 18), Map.entry("UB-TCKH", 22),
            Map.entry(DemoDataset.UNIT_WITH_19_STAFF, 19), Map.entry(DemoDataset.UNIT_WITH_20_STAFF, 20),
            Map.entry("UB-TP", 9),
            Map.entry("UB-VHTT", 12), Map.entry("UB-LDTB", 16), Map.entry("UB-KT", 11), Map.entry("UB-YT", 8),
            Map.entry("UB-TTRA", 13), Map.entry("UB-BQLDA", 34), Map.entry("UB-TTVH", 27));

    private Staffing() {
    }

    /** Size of a ward body or school drawn at random (the demo's district bodies use {@link #FIXED_SIZES}). */
    static int randomSize(Kind kind, SplittableRandom r) {
        return switch (kind) {
            case WARD_PARTY_COMMITTEE -> 5 + r.nextInt(4);
            case WARD_PEOPLES_COMMITTEE -> 30 + r.nextInt(16);
            case WARD_FATHERLAND_FRONT -> 3 + r.nextInt(3);
            case WARD_MASS_ORGANISATION -> 2 + r.nextInt(2);
            case PRESCHOOL -> 45 + r.nextInt(41);
            case PRIMARY_SCHOOL -> 60 + r.nextInt(31);
            case LOWER_SECONDARY_SCHOOL -> 50 + r.nextInt(41);
            default -> 10 + r.nextInt(10);
        };
    }

    /** The posts of a unit of {@code size} people (bodies with fixed leadership posts ignore the size). */
    static List<Post> posts(String code, String name, Kind kind, int size, SplittableRandom r) {
        return switch (kind) {
            case DISTRICT_PARTY_COMMITTEE -> List.of(
                    Post.head("Bí thư Quận ủy", "CAN_BO", Profile.POLITICAL_LEADER, true).standingBoardMember(),
                    new Post("Phó Bí thư Thường trực Quận ủy", Post.DEPUTY, "CAN_BO", Profile.POLITICAL_LEADER, 35,
                            true).standingBoardMember());
            case PEOPLES_COUNCIL -> List.of(new Post("Phó Chủ tịch HĐND quận", Post.DEPUTY, "CAN_BO",
                    Profile.POLITICAL_LEADER, 40, true));
            case PEOPLES_COUNCIL_COMMITTEE -> List.of(
                    Post.head("Trưởng ban", "CAN_BO", Profile.POLITICAL_LEADER, true),
                    Post.deputy("Phó Trưởng ban", "CAN_BO", Profile.POLITICAL_LEADER));
            case PEOPLES_COMMITTEE -> List.of(
                    Post.head("Chủ tịch UBND quận", "CAN_BO", Profile.POLITICAL_LEADER, true).standingBoardMember(),
                    new Post("Phó Chủ tịch Thường trực UBND quận", Post.DEPUTY, "CAN_BO", Profile.POLITICAL_LEADER, 30,
                            true).standingBoardMember(),
                    new Post("Phó Chủ tịch UBND quận", Post.DEPUTY, "CAN_BO", Profile.POLITICAL_LEADER, 30, true),
                    new Post("Phó Chủ tịch UBND quận", Post.DEPUTY, "CAN_BO", Profile.POLITICAL_LEADER, 30, true));
            case PARTY_BOARD, PARTY_ORGANISATION_BOARD -> partyBoard(code, size, r);
            case POLITICAL_CENTRE -> body(size,
                    Post.head("Giám đốc", "VIEN_CHUC", Profile.MANAGER, true),
                    Post.deputy("Phó Giám đốc", "VIEN_CHUC", Profile.MANAGER), 1,
                    List.of(Post.member("Giảng viên", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 55)),
                    List.of(Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 60)), r);
            case ENTERPRISE_PARTY_COMMITTEE -> body(size,
                    Post.head("Bí thư Đảng ủy Khối doanh nghiệp", "CAN_BO", Profile.POLITICAL_LEADER, true),
                    Post.deputy("Phó Bí thư Đảng ủy Khối doanh nghiệp", "CAN_BO", Profile.POLITICAL_LEADER), 1,
                    List.of(Post.member("Chuyên viên", "CONG_CHUC", Profile.CIVIL_SERVANT, 55)), List.of(), r);
            case FATHERLAND_FRONT -> body(size,
                    Post.head("Chủ tịch Ủy ban MTTQ Việt Nam quận", "CAN_BO", Profile.POLITICAL_LEADER, true)
                            .standingBoardMember(),
                    Post.deputy("Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "CAN_BO", Profile.POLITICAL_LEADER), 2,
                    List.of(Post.member("Chuyên viên", "CONG_CHUC", Profile.CIVIL_SERVANT, 55)),
                    List.of(Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 50)), r);
            case MASS_ORGANISATION -> massOrganisation(code, size, r);
            case OFFICE, HOME_AFFAIRS_OFFICE, EDUCATION_OFFICE -> office(code, size, r);
            case PUBLIC_SERVICE_UNIT -> publicServiceUnit(code, size, r);
            case WARD_PARTY_COMMITTEE -> body(size,
                    Post.head("Bí thư Đảng ủy phường", "CAN_BO", Profile.WARD_OFFICIAL, true),
                    Post.deputy("Phó Bí thư Thường trực Đảng ủy phường", "CAN_BO", Profile.WARD_OFFICIAL), 1,
                    List.of(Post.member("Cán bộ Văn phòng Đảng ủy", "KHONG_CHUYEN_TRACH", Profile.PART_TIME, 65)),
                    List.of(Post.member("Nhân viên hợp đồng Văn phòng Đảng ủy", "LDHD", Profile.CONTRACT, 60)), r);
            case WARD_PEOPLES_COMMITTEE -> wardPeoplesCommittee(size, r);
            case WARD_FATHERLAND_FRONT -> body(size,
                    Post.head("Chủ tịch Ủy ban MTTQ phường", "CAN_BO", Profile.WARD_OFFICIAL, false),
                    new Post("Phó Chủ tịch Ủy ban MTTQ phường", Post.DEPUTY, "KHONG_CHUYEN_TRACH",
                            Profile.PART_TIME, 50, false), 1,
                    List.of(Post.member("Cán bộ Mặt trận phường", "KHONG_CHUYEN_TRACH", Profile.PART_TIME, 55)),
                    List.of(), r);
            case WARD_MASS_ORGANISATION -> name.startsWith("Hội Liên hiệp Phụ nữ")
                    ? body(size,
                        new Post("Chủ tịch Hội Liên hiệp Phụ nữ phường", Post.HEAD, "CAN_BO", Profile.WARD_OFFICIAL,
                                100, false),
                        new Post("Phó Chủ tịch Hội Liên hiệp Phụ nữ phường", Post.DEPUTY, "KHONG_CHUYEN_TRACH",
                                Profile.PART_TIME, 100, false), 1,
                        List.of(Post.member("Cán bộ Hội Phụ nữ phường", "KHONG_CHUYEN_TRACH", Profile.PART_TIME,
                                100)), List.of(), r)
                    : body(size,
                        Post.head("Bí thư Đoàn phường", "CAN_BO", Profile.YOUTH_OFFICIAL, false)
                                .withFemalePercent(45),
                        new Post("Phó Bí thư Đoàn phường", Post.DEPUTY, "KHONG_CHUYEN_TRACH", Profile.YOUTH_OFFICIAL,
                                55, false), 1,
                        List.of(Post.member("Cán bộ Đoàn phường", "KHONG_CHUYEN_TRACH", Profile.YOUTH_OFFICIAL,
                                55)), List.of(), r);
            case PRESCHOOL, PRIMARY_SCHOOL, LOWER_SECONDARY_SCHOOL -> school(kind, size, r);
        };
    }

    /**
     * head + {@code deputies} deputies + members; about one member in eight (at least one when a contract
     * post is given and the unit has 8 or more people) is a contract worker.
     */
    private static List<Post> body(int size, Post head, Post deputy, int deputies, List<Post> staff,
                                   List<Post> contract, SplittableRandom r) {
        List<Post> posts = new ArrayList<>();
        posts.add(head);
        for (int i = 0; i < deputies && posts.size() < size; i++) {
            posts.add(deputy);
        }
        int rest = size - posts.size();
        int contracts = contract.isEmpty() ? 0 : size >= 8 ? Math.max(1, rest / 8) : 0;
        for (int i = 0; i < rest - contracts; i++) {
            posts.add(staff.get(r.nextInt(staff.size())));
        }
        for (int i = 0; i < contracts; i++) {
            posts.add(contract.get(r.nextInt(contract.size())));
        }
        return posts;
    }

    private static int deputiesFor(int size) {
        return size < 10 ? 1 : size < 20 ? 2 : 3;
    }

    private static List<Post> partyBoard(String code, int size, SplittableRandom r) {
        String head;
        String deputy;
        String staff = "Chuyên viên";
        switch (code) {
            case "QU-UBKT" -> {
                head = "Chủ nhiệm Ủy ban Kiểm tra Quận ủy";
                deputy = "Phó Chủ nhiệm Ủy ban Kiểm tra Quận ủy";
                staff = "Kiểm tra viên";
            }
            case "QU-VP" -> {
                head = "Chánh Văn phòng Quận ủy";
                deputy = "Phó Chánh Văn phòng Quận ủy";
            }
            default -> {
                head = "Trưởng ban";
                deputy = "Phó Trưởng ban";
            }
        }
        // the heads of the Organisation, Inspection, Propaganda and Mass Mobilisation boards sit on the
        // Standing Board; the Party Office chief usually does not
        Post headPost = Post.head(head, "CAN_BO", Profile.POLITICAL_LEADER, true);
        return body(size, "QU-VP".equals(code) ? headPost : headPost.standingBoardMember(),
                Post.deputy(deputy, "CONG_CHUC", Profile.MANAGER), deputiesFor(size),
                List.of(Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, 50),
                        Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, 50),
                        Post.member("Cán sự", "CONG_CHUC", Profile.JUNIOR_CIVIL_SERVANT, 60)),
                "QU-VP".equals(code)
                        ? List.of(Post.member("Nhân viên lái xe", "LDHD", Profile.CONTRACT, 0),
                                Post.member("Nhân viên phục vụ", "LDHD", Profile.CONTRACT, 90))
                        : List.of(), r);
    }

    private static List<Post> massOrganisation(String code, int size, SplittableRandom r) {
        String head;
        String deputy;
        int female = 35;
        switch (code) {
            case "QD" -> {
                head = "Bí thư Quận đoàn";
                deputy = "Phó Bí thư Quận đoàn";
            }
            case "HLHPN" -> {
                head = "Chủ tịch Hội Liên hiệp Phụ nữ quận";
                deputy = "Phó Chủ tịch Hội Liên hiệp Phụ nữ quận";
                female = 100;
            }
            case "HND" -> {
                head = "Chủ tịch Hội Nông dân quận";
                deputy = "Phó Chủ tịch Hội Nông dân quận";
            }
            case "HCCB" -> {
                head = "Chủ tịch Hội Cựu chiến binh quận";
                deputy = "Phó Chủ tịch Hội Cựu chiến binh quận";
                female = 0;
            }
            default -> {
                head = "Chủ tịch Liên đoàn Lao động quận";
                deputy = "Phó Chủ tịch Liên đoàn Lao động quận";
            }
        }
        Profile leaderProfile = "QD".equals(code) ? Profile.YOUTH_OFFICIAL : Profile.POLITICAL_LEADER;
        return body(size, new Post(head, Post.HEAD, "CAN_BO", leaderProfile, female, true),
                new Post(deputy, Post.DEPUTY, "CAN_BO", leaderProfile, female, false), size >= 8 ? 2 : 1,
                List.of(Post.member("Chuyên viên", "CONG_CHUC",
                        "QD".equals(code) ? Profile.YOUTH_OFFICIAL : Profile.CIVIL_SERVANT,
                        female == 100 ? 100 : Math.max(female, 45))), List.of(), r);
    }

    private static List<Post> office(String code, int size, SplittableRandom r) {
        String head = "Trưởng phòng";
        String deputy = "Phó Trưởng phòng";
        String staff = "Chuyên viên";
        if ("UB-VP".equals(code)) {
            head = "Chánh Văn phòng";
            deputy = "Phó Chánh Văn phòng";
        } else if ("UB-TTRA".equals(code)) {
            head = "Chánh Thanh tra quận";
            deputy = "Phó Chánh Thanh tra quận";
            staff = "Thanh tra viên";
        }
        int female = "UB-PGD".equals(code) ? 65 : 50;
        return body(size, Post.head(head, "CONG_CHUC", Profile.MANAGER, true),
                Post.deputy(deputy, "CONG_CHUC", Profile.MANAGER), deputiesFor(size),
                List.of(Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, female),
                        Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, female),
                        Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, female),
                        Post.member(staff, "CONG_CHUC", Profile.CIVIL_SERVANT, female),
                        Post.member("Cán sự", "CONG_CHUC", Profile.JUNIOR_CIVIL_SERVANT, 60),
                        Post.member("Nhân viên", "CONG_CHUC", Profile.JUNIOR_CIVIL_SERVANT, 60)),
                "UB-VP".equals(code)
                        ? List.of(Post.member("Nhân viên lái xe", "LDHD", Profile.CONTRACT, 0),
                                Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 60))
                        : List.of(Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 60)), r);
    }

    private static List<Post> publicServiceUnit(String code, int size, SplittableRandom r) {
        List<Post> staff = "UB-BQLDA".equals(code)
                ? List.of(Post.member("Kỹ sư xây dựng", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 25),
                        Post.member("Kỹ sư xây dựng", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 25),
                        Post.member("Kế toán viên", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 75),
                        Post.member("Cán bộ kỹ thuật", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 30))
                : List.of(Post.member("Hướng dẫn viên văn hóa", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 60),
                        Post.member("Huấn luyện viên thể thao", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 35),
                        Post.member("Phương pháp viên", "VIEN_CHUC", Profile.PUBLIC_EMPLOYEE, 55));
        return body(size, Post.head("Giám đốc", "VIEN_CHUC", Profile.MANAGER, true),
                Post.deputy("Phó Giám đốc", "VIEN_CHUC", Profile.MANAGER), 2, staff,
                List.of(Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 50),
                        Post.member("Bảo vệ", "LDHD", Profile.CONTRACT, 5)), r);
    }

    private static final String[] WARD_CIVIL_SERVANTS = {"Công chức Văn phòng - Thống kê",
        "Công chức Địa chính - Xây dựng - Đô thị và Môi trường", "Công chức Tư pháp - Hộ tịch",
        "Công chức Tài chính - Kế toán", "Công chức Văn hóa - Xã hội", "Chỉ huy trưởng Ban Chỉ huy Quân sự phường"};
    private static final String[] WARD_PART_TIME = {"Phó Chỉ huy trưởng Ban Chỉ huy Quân sự phường",
        "Nhân viên Văn thư - Lưu trữ", "Nhân viên Lao động - Thương binh và Xã hội",
        "Nhân viên Kế hoạch - Giao thông - Thủy lợi", "Nhân viên Truyền thanh", "Nhân viên Thủ quỹ",
        "Nhân viên Thú y", "Nhân viên Dân số - Gia đình và Trẻ em"};

    private static List<Post> wardPeoplesCommittee(int size, SplittableRandom r) {
        List<Post> posts = new ArrayList<>();
        posts.add(Post.head("Chủ tịch UBND phường", "CAN_BO", Profile.WARD_OFFICIAL, true));
        int deputies = size >= 38 ? 3 : 2;
        for (int i = 0; i < deputies; i++) {
            posts.add(Post.deputy("Phó Chủ tịch UBND phường", "CAN_BO", Profile.WARD_OFFICIAL));
        }
        int rest = size - posts.size();
        int civil = rest * 45 / 100;
        int contract = rest * 12 / 100;
        for (int i = 0; i < civil; i++) {
            String title = WARD_CIVIL_SERVANTS[i % WARD_CIVIL_SERVANTS.length];
            int female = title.startsWith("Chỉ huy") ? 0 : 55;
            posts.add(Post.member(title, "CONG_CHUC", Profile.WARD_OFFICIAL, female));
        }
        for (int i = 0; i < rest - civil - contract; i++) {
            String title = WARD_PART_TIME[r.nextInt(WARD_PART_TIME.length)];
            int female = title.contains("Quân sự") ? 0 : 55;
            posts.add(Post.member(title, "KHONG_CHUYEN_TRACH", Profile.PART_TIME, female));
        }
        for (int i = 0; i < contract; i++) {
            posts.add(r.nextInt(3) == 0 ? Post.member("Nhân viên bảo vệ", "LDHD", Profile.CONTRACT, 5)
                    : Post.member("Nhân viên hợp đồng", "LDHD", Profile.CONTRACT, 60));
        }
        return posts;
    }

    private static List<Post> school(Kind kind, int size, SplittableRandom r) {
        int female = switch (kind) {
            case PRESCHOOL -> 99;
            case PRIMARY_SCHOOL -> 88;
            default -> 72;
        };
        List<Post> posts = new ArrayList<>();
        posts.add(new Post("Hiệu trưởng", Post.HEAD, "VIEN_CHUC", Profile.SCHOOL_MANAGER, female - 10, false));
        int deputies = size >= 75 ? 3 : 2;
        for (int i = 0; i < deputies; i++) {
            posts.add(new Post("Phó Hiệu trưởng", Post.DEPUTY, "VIEN_CHUC", Profile.SCHOOL_MANAGER, female - 5,
                    false));
        }
        int rest = size - posts.size();
        int staff = Math.max(3, rest * 7 / 100);
        int contract = Math.max(2, rest * 11 / 100);
        for (int i = 0; i < rest - staff - contract; i++) {
            posts.add(Post.member("Giáo viên", "VIEN_CHUC", Profile.TEACHER, female));
        }
        String[] staffTitles = kind == Kind.PRESCHOOL
                ? new String[] {"Nhân viên kế toán", "Nhân viên văn thư", "Nhân viên y tế"}
                : new String[] {"Nhân viên kế toán", "Nhân viên văn thư", "Nhân viên y tế", "Nhân viên thư viện",
                    "Nhân viên thiết bị"};
        for (int i = 0; i < staff; i++) {
            posts.add(Post.member(staffTitles[i % staffTitles.length], "VIEN_CHUC", Profile.SCHOOL_STAFF, 85));
        }
        for (int i = 0; i < contract; i++) {
            if (i == 0) {
                posts.add(Post.member("Bảo vệ", "LDHD", Profile.CONTRACT, 0));
            } else if (kind == Kind.PRESCHOOL) {
                posts.add(Post.member("Nhân viên nấu ăn", "LDHD", Profile.CONTRACT, 95));
            } else {
                posts.add(r.nextBoolean() ? Post.member("Giáo viên hợp đồng", "LDHD", Profile.CONTRACT, female)
                        : Post.member("Nhân viên phục vụ", "LDHD", Profile.CONTRACT, 90));
            }
        }
        return posts;
    }
}
