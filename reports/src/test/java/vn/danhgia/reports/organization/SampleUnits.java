package vn.danhgia.reports.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: units of a Hanoi district (2023); a few names and parents are long enough to wrap. */
final class SampleUnits {

    static final String DISTRICT = "UBND quận Long Biên";

    private static final String[] DEPARTMENTS = {
            "Văn phòng HĐND và UBND quận", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
            "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Kinh tế", "Phòng Lao động - Thương binh và Xã hội",
            "Thanh tra quận"};

    private static final String[] WARDS = {
            "Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm", "Ngọc Thụy",
            "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh", "Việt Hưng"};

    private SampleUnits() {
    }

    static UnitListReport.Parameters parameters() {
        return new UnitListReport.Parameters(DISTRICT, "Phòng Nội vụ", "Long Biên", LocalDate.of(2023, 12, 5),
                "Danh sách đơn vị", "Trưởng phòng", "Nguyễn Thị Thu Hà");
    }

    /** {@code count} rows: departments, wards, then schools of the wards. */
    static List<UnitListReport.Row> rows(int count) {
        List<UnitListReport.Row> rows = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            add(rows, count, "PB", department, "Phòng", "Quận", "UBND quận");
        }
        for (String ward : WARDS) {
            add(rows, count, "PX", "Phường " + ward, "Phường", "Phường", "UBND quận");
        }
        String[] schoolKinds = {"Trường Mầm non ", "Trường Tiểu học ", "Trường THCS "};
        for (String kind : schoolKinds) {
            for (String ward : WARDS) {
                add(rows, count, "TH", kind + ward, "Trường học", "Giáo dục", "Phòng GD&ĐT");
            }
        }
        if (rows.size() < count) {
            throw new IllegalArgumentException("at most " + rows.size() + " sample rows");
        }
        return rows;
    }

    private static void add(List<UnitListReport.Row> rows, int count, String prefix, String name, String type,
                            String block, String parent) {
        if (rows.size() < count) {
            int index = rows.size() + 1;
            rows.add(new UnitListReport.Row(index, String.format("%s%03d", prefix, index), name, type, block, parent));
        }
    }
}
