package vn.danhgia.organization.infrastructure.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.platform.i18n.VietnameseText;

/**
 * The Vietnamese words an import file uses for coded values, read diacritics- and
 * case-insensitively ("Nữ", "nu", "NỮ" are all female), and the label written back for each code.
 */
public final class Vocabulary {

    /** Sex as stored in {@code org_person.sex}. */
    public enum Sex { MALE, FEMALE }

    public static final List<String> SEX_LABELS = List.of("Nam", "Nữ");
    public static final List<String> CATEGORY_LABELS =
            List.of("Cán bộ", "Công chức", "Viên chức", "Lao động hợp đồng", "Không chuyên trách");
    public static final List<String> ROLE_LABELS = List.of("Trưởng", "Phó", "Thành viên");
    public static final List<String> YES_NO_LABELS = List.of("Có", "Không");

    private static final Map<String, Sex> SEX = Map.of("nam", Sex.MALE, "nu", Sex.FEMALE);

    private static final Map<String, StaffCategory> CATEGORY = new LinkedHashMap<>();
    private static final Map<String, UnitRole> ROLE = new LinkedHashMap<>();
    private static final Map<String, Boolean> YES_NO = new LinkedHashMap<>();

    static {
        CATEGORY.put("can bo", StaffCategory.CAN_BO);
        CATEGORY.put("cong chuc", StaffCategory.CONG_CHUC);
        CATEGORY.put("vien chuc", StaffCategory.VIEN_CHUC);
        CATEGORY.put("lao dong hop dong", StaffCategory.LDHD);
        CATEGORY.put("ldhd", StaffCategory.LDHD);
        CATEGORY.put("hop dong", StaffCategory.LDHD);
        CATEGORY.put("khong chuyen trach", StaffCategory.KHONG_CHUYEN_TRACH);
        CATEGORY.put("nguoi hoat dong khong chuyen trach", StaffCategory.KHONG_CHUYEN_TRACH);

        ROLE.put("truong", UnitRole.HEAD);
        ROLE.put("cap truong", UnitRole.HEAD);
        ROLE.put("pho", UnitRole.DEPUTY);
        ROLE.put("cap pho", UnitRole.DEPUTY);
        ROLE.put("thanh vien", UnitRole.MEMBER);

        YES_NO.put("co", Boolean.TRUE);
        YES_NO.put("x", Boolean.TRUE);
        YES_NO.put("true", Boolean.TRUE);
        YES_NO.put("khong", Boolean.FALSE);
        YES_NO.put("false", Boolean.FALSE);
    }

    private Vocabulary() {
    }

    public static Sex sex(String text) {
        return SEX.get(VietnameseText.fold(text));
    }

    public static StaffCategory category(String text) {
        return CATEGORY.get(VietnameseText.fold(text));
    }

    public static UnitRole role(String text) {
        return ROLE.get(VietnameseText.fold(text));
    }

    public static Boolean yesNo(String text) {
        return YES_NO.get(VietnameseText.fold(text));
    }

    public static String label(Sex sex) {
        return sex == null ? "" : (sex == Sex.MALE ? "Nam" : "Nữ");
    }

    public static String label(StaffCategory category) {
        if (category == null) {
            return "";
        }
        return switch (category) {
            case CAN_BO -> "Cán bộ";
            case CONG_CHUC -> "Công chức";
            case VIEN_CHUC -> "Viên chức";
            case LDHD -> "Lao động hợp đồng";
            case KHONG_CHUYEN_TRACH -> "Không chuyên trách";
        };
    }

    public static String label(UnitRole role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case HEAD -> "Trưởng";
            case DEPUTY -> "Phó";
            case MEMBER -> "Thành viên";
        };
    }

    public static String label(Boolean yes) {
        return yes == null ? "" : (yes ? "Có" : "Không");
    }
}
