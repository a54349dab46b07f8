package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import vn.danhgia.organization.api.UnitKind;

/** Vietnamese wording shared by the authority explanations. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<UnitKind, String> KINDS = new EnumMap<>(UnitKind.class);

    static {
        KINDS.put(UnitKind.DISTRICT_PARTY_COMMITTEE, "Quận ủy");
        KINDS.put(UnitKind.PARTY_BOARD, "Ban Đảng, Văn phòng Quận ủy");
        KINDS.put(UnitKind.PARTY_ORGANISATION_BOARD, "Ban Tổ chức Quận ủy");
        KINDS.put(UnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị quận");
        KINDS.put(UnitKind.ENTERPRISE_PARTY_COMMITTEE, "Đảng ủy Khối doanh nghiệp");
        KINDS.put(UnitKind.FATHERLAND_FRONT, "Ủy ban MTTQ quận");
        KINDS.put(UnitKind.MASS_ORGANISATION, "tổ chức chính trị - xã hội quận");
        KINDS.put(UnitKind.PEOPLES_COUNCIL, "Hội đồng nhân dân quận");
        KINDS.put(UnitKind.PEOPLES_COUNCIL_COMMITTEE, "Ban của HĐND quận");
        KINDS.put(UnitKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân quận");
        KINDS.put(UnitKind.OFFICE, "phòng chuyên môn");
        KINDS.put(UnitKind.HOME_AFFAIRS_OFFICE, "Phòng Nội vụ");
        KINDS.put(UnitKind.EDUCATION_OFFICE, "Phòng Giáo dục và Đào tạo");
        KINDS.put(UnitKind.PUBLIC_SERVICE_UNIT, "đơn vị sự nghiệp");
        KINDS.put(UnitKind.WARD_PARTY_COMMITTEE, "Đảng ủy phường");
        KINDS.put(UnitKind.WARD_FATHERLAND_FRONT, "Ủy ban MTTQ phường");
        KINDS.put(UnitKind.WARD_MASS_ORGANISATION, "tổ chức chính trị - xã hội phường");
        KINDS.put(UnitKind.WARD_PEOPLES_COMMITTEE, "Ủy ban nhân dân phường");
        KINDS.put(UnitKind.PRESCHOOL, "trường mầm non");
        KINDS.put(UnitKind.PRIMARY_SCHOOL, "trường tiểu học");
        KINDS.put(UnitKind.LOWER_SECONDARY_SCHOOL, "trường trung học cơ sở");
    }

    private Texts() {
    }

    static String date(LocalDate date) {
        return date == null ? "không thời hạn" : DATE.format(date);
    }

    /** "từ 01/01/2023 đến 31/03/2023", or "từ 01/01/2023, không thời hạn" when open-ended. */
    static String period(LocalDate from, LocalDate to) {
        return "từ " + date(from) + (to == null ? ", không thời hạn" : " đến " + date(to));
    }

    /** What a holder spec means, in Vietnamese ("người đứng đầu Phòng Giáo dục và Đào tạo"). */
    static String holder(HolderSpec spec) {
        switch (spec.type()) {
            case HEAD_OF_OWN_UNIT:
                return "người đứng đầu đơn vị";
            case DEPUTY_OF_OWN_UNIT:
                return "cấp phó của đơn vị";
            case LEADERSHIP_OF_OWN_UNIT:
                return "lãnh đạo đơn vị (cấp trưởng, cấp phó)";
            case HEAD_OF_PARENT_UNIT:
                return "người đứng đầu đơn vị cấp trên";
            case HEAD_OF_UNIT_OF_KIND:
                return "người đứng đầu " + kind(spec.unitKind());
            case DEPUTY_OF_UNIT_OF_KIND:
                return "cấp phó của " + kind(spec.unitKind());
            case HEAD_OF_WARD_UNIT_OF_KIND:
                return "người đứng đầu " + kind(spec.unitKind()) + " cùng phường";
            default:
                return spec.text();
        }
    }

    /** The Vietnamese name of a unit kind ("Ủy ban nhân dân quận"). */
    static String kind(UnitKind kind) {
        return KINDS.getOrDefault(kind, kind.name());
    }

    /** Ends a sentence with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
