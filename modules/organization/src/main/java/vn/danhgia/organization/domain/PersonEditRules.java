package vn.danhgia.organization.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonEdit;

/** Checks a correction of a person's fields (ORG-2, ORG-10) and describes the fields for the history. */
public final class PersonEditRules {

    static final int MINIMUM_AGE = 15;
    private static final Set<String> SEXES = Set.of("MALE", "FEMALE");

    private PersonEditRules() {
    }

    /** The first problem in Vietnamese, or null when the edit is acceptable. */
    public static String problem(PersonEdit edit, LocalDate today) {
        if (edit.fullName() == null || edit.fullName().isBlank()) {
            return "Họ và tên không được để trống.";
        }
        if (edit.fullName().length() > 200) {
            return "Họ và tên dài quá 200 ký tự.";
        }
        if (edit.birthDate() == null) {
            return "Ngày sinh không được để trống.";
        }
        if (edit.birthDate().isAfter(today)) {
            return "Ngày sinh không thể ở tương lai.";
        }
        if (Period.between(edit.birthDate(), today).getYears() < MINIMUM_AGE) {
            return "Người sinh ngày " + edit.birthDate() + " chưa đủ " + MINIMUM_AGE + " tuổi.";
        }
        if (!SEXES.contains(edit.sex())) {
            return "Giới tính phải là Nam hoặc Nữ.";
        }
        if (edit.category() == null) {
            return "Hãy chọn loại cán bộ.";
        }
        if (edit.reason() == null || edit.reason().isBlank()) {
            return "Hãy ghi lý do sửa (được lưu vào lịch sử).";
        }
        return null;
    }

    public static String snapshot(PersonDetail p) {
        return json(fields(p.fullName(), p.birthDate(), p.sex(), p.ethnicity(), p.minorityArea(), p.category().name(),
                p.standingCommitteeManaged()));
    }

    public static String snapshot(PersonEdit e) {
        return json(fields(e.fullName(), e.birthDate(), e.sex(), e.ethnicity(), e.minorityArea(), e.category().name(),
                e.standingCommitteeManaged()));
    }

    private static Map<String, Object> fields(String name, LocalDate birth, String sex, String ethnicity,
                                              boolean minorityArea, String category, boolean standingCommittee) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("birthDate", birth);
        fields.put("sex", sex);
        fields.put("ethnicity", ethnicity);
        fields.put("minorityArea", minorityArea);
        fields.put("category", category);
        fields.put("standingCommitteeManaged", standingCommittee);
        return fields;
    }

    private static String json(Map<String, Object> fields) {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Boolean ? e.getValue()
                        : e.getValue() == null ? "null" : "\"" + e.getValue().toString().replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\""))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
