package vn.danhgia.organization.domain.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.GradeChange;

/** ORG-4: grade appointments are appended; the new one ends the open one on its appointment date. */
public final class GradeRules {

    /** A stored appointment as the rules see it. */
    public record Appointment(long id, String gradeCode, LocalDate appointedOn, LocalDate endedOn) {
    }

    private GradeRules() {
    }

    /** The open appointments the change ends. */
    public static List<Appointment> replaced(List<Appointment> existing) {
        return existing.stream().filter(a -> a.endedOn() == null).toList();
    }

    /** The first problem in Vietnamese, or null. {@code catalogue}: the grade codes of org_grade. */
    public static String problem(GradeChange change, Set<String> catalogue, List<Appointment> existing) {
        if (change.gradeCode() == null || change.gradeCode().isBlank()) {
            return "Hãy chọn ngạch, hạng.";
        }
        if (!catalogue.contains(change.gradeCode())) {
            return "Mã ngạch " + change.gradeCode() + " không có trong danh mục.";
        }
        if (change.appointedOn() == null) {
            return "Hãy nhập ngày bổ nhiệm chính thức.";
        }
        String decision = FactText.problem("Số quyết định", change.decision(), false, 100);
        if (decision != null) {
            return decision;
        }
        for (Appointment a : existing) {
            if (!change.appointedOn().isAfter(a.appointedOn())) {
                return "Ngày bổ nhiệm phải sau ngày bổ nhiệm ngạch đã có (" + Texts.date(a.appointedOn())
                        + "); lịch sử không được sửa.";
            }
        }
        for (Appointment a : replaced(existing)) {
            if (a.gradeCode().equals(change.gradeCode())) {
                return "Người này đang giữ ngạch " + change.gradeCode() + ".";
            }
        }
        return null;
    }
}
