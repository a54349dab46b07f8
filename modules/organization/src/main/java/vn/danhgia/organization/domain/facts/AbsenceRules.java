package vn.danhgia.organization.domain.facts;

import java.time.LocalDate;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.AbsenceRemoval;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewAbsence;

/** ORG-7: absences by kind and dates; a removal (only of a mistaken entry) needs a reason. */
public final class AbsenceRules {

    public static final Set<String> KINDS = Set.of("MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK",
            "PERSONAL_LONG", "TRAINING");

    /** A stored absence as the rules and the audit entry see it. */
    public record Stored(long id, String kind, LocalDate startDate, LocalDate endDate, String note) {
    }

    private AbsenceRules() {
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewAbsence a) {
        if (!FactText.oneOf(KINDS, a.kind())) {
            return "Hãy chọn loại nghỉ.";
        }
        if (a.startDate() == null) {
            return "Hãy nhập ngày bắt đầu nghỉ.";
        }
        if (a.endDate() == null) {
            return "Hãy nhập ngày kết thúc nghỉ.";
        }
        if (a.endDate().isBefore(a.startDate())) {
            return "Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi.";
        }
        return FactText.problem("Ghi chú", a.note(), false, 500);
    }

    /** The first problem in Vietnamese, or null. {@code stored}: the absence, null when not the person's. */
    public static String removalProblem(AbsenceRemoval removal, Stored stored) {
        if (stored == null) {
            return "Không tìm thấy kỳ nghỉ này của người đang xem.";
        }
        return FactText.problem("Lý do xóa", removal.reason(), true, 500);
    }

    /** What the audit log keeps of a removed absence: every stored value and the reason. */
    public static String removalRecord(Stored s, String reason) {
        return "Xóa kỳ nghỉ #" + s.id() + " nhập nhầm (loại " + s.kind() + ", từ " + Texts.date(s.startDate())
                + " đến " + Texts.date(s.endDate()) + ", ghi chú: " + (s.note() == null ? "" : s.note())
                + "). Lý do: " + reason.strip();
    }
}
