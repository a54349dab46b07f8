package vn.danhgia.organization.domain.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.MembershipChange;
import vn.danhgia.organization.api.people.PersonFactsFacade.MembershipEnd;

/**
 * ORG-5, ORG-9: transfers and appointments are appended, never overwritten. A transfer closes the
 * open membership it replaces at the new start date (valid_to is exclusive) and opens the new one;
 * a primary or secondment membership replaces the open one of the same kind, a concurrent one the
 * open concurrent membership in the same unit (a person may hold concurrent posts in several units).
 */
public final class MembershipRules {

    public static final Set<String> ROLES = Set.of("HEAD", "DEPUTY", "MEMBER");
    public static final Set<String> KINDS = Set.of("PRIMARY", "CONCURRENT", "SECONDMENT");

    /** A stored membership as the rules see it. */
    public record Span(long id, long unitId, String kind, LocalDate validFrom, LocalDate validTo) {
        boolean open() {
            return validTo == null;
        }
    }

    private MembershipRules() {
    }

    /** The memberships the change closes at its start date. */
    public static List<Span> replaced(MembershipChange change, List<Span> existing) {
        return existing.stream()
                .filter(Span::open)
                .filter(s -> s.kind().equals(change.kind()))
                .filter(s -> !"CONCURRENT".equals(change.kind()) || change.unitId() != null && s.unitId() == change.unitId())
                .toList();
    }

    /** The first problem in Vietnamese, or null. {@code unitValid}: the unit exists and is valid on the start date. */
    public static String problem(MembershipChange change, boolean unitValid, List<Span> existing) {
        if (change.from() == null) {
            return "Hãy nhập ngày bắt đầu.";
        }
        if (change.unitId() == null) {
            return "Hãy chọn đơn vị.";
        }
        if (!unitValid) {
            return "Đơn vị đã chọn không có hiệu lực vào ngày " + Texts.date(change.from()) + ".";
        }
        String position = FactText.problem("Chức vụ, chức danh", change.positionTitle(), true, 200);
        if (position != null) {
            return position;
        }
        if (!FactText.oneOf(ROLES, change.unitRole())) {
            return "Hãy chọn vai trò (cấp trưởng, cấp phó hoặc thành viên).";
        }
        if (!FactText.oneOf(KINDS, change.kind())) {
            return "Hãy chọn loại quá trình (chính, kiêm nhiệm hoặc biệt phái).";
        }
        String decision = FactText.problem("Số quyết định", change.decision(), false, 100);
        if (decision != null) {
            return decision;
        }
        for (Span s : replaced(change, existing)) {
            if (!change.from().isAfter(s.validFrom())) {
                return "Ngày bắt đầu phải sau ngày bắt đầu của quá trình đang có hiệu lực ("
                        + Texts.date(s.validFrom()) + "); lịch sử không được sửa.";
            }
        }
        for (Span s : existing) {
            if (!s.kind().equals(change.kind())) {
                continue;
            }
            boolean sameSlot = !"CONCURRENT".equals(change.kind()) || s.unitId() == change.unitId();
            if (sameSlot && s.validFrom().isAfter(change.from())) {
                return "Đã có quá trình cùng loại bắt đầu từ ngày " + Texts.date(s.validFrom())
                        + ", sau ngày đã chọn; không thể chèn vào giữa lịch sử.";
            }
            if (sameSlot && !s.open() && s.validTo().isAfter(change.from())) {
                return "Quá trình cùng loại còn hiệu lực đến ngày " + Texts.date(s.validTo())
                        + "; hãy chọn ngày bắt đầu từ ngày đó trở đi.";
            }
        }
        return null;
    }

    /** The first problem in Vietnamese, or null. {@code span}: the membership to end, null when not the person's. */
    public static String endProblem(MembershipEnd end, Span span) {
        if (span == null) {
            return "Không tìm thấy quá trình công tác này của người đang xem.";
        }
        if (end.endOn() == null) {
            return "Hãy nhập ngày kết thúc.";
        }
        if (!span.open()) {
            return "Quá trình này đã kết thúc ngày " + Texts.date(span.validTo()) + "; lịch sử không được sửa.";
        }
        if (!end.endOn().isAfter(span.validFrom())) {
            return "Ngày kết thúc phải sau ngày bắt đầu (" + Texts.date(span.validFrom()) + ").";
        }
        return null;
    }
}
