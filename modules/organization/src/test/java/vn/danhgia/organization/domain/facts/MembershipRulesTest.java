package vn.danhgia.organization.domain.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.people.PersonFactsFacade.MembershipChange;
import vn.danhgia.organization.api.people.PersonFactsFacade.MembershipEnd;
import vn.danhgia.organization.domain.facts.MembershipRules.Span;

class MembershipRulesTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final Span PRIMARY_OPEN = new Span(10, 1, "PRIMARY", LocalDate.of(2020, 1, 1), null);
    private static final Span CONCURRENT_OPEN = new Span(11, 2, "CONCURRENT", LocalDate.of(2021, 1, 1), null);
    private static final Span PRIMARY_CLOSED = new Span(9, 3, "PRIMARY", LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1));

    private static MembershipChange change(Long unit, String kind, LocalDate from) {
        return new MembershipChange(1, 0, unit, "Chuyên viên", "MEMBER", kind, from, "QĐ 12/QĐ-UBND");
    }

    @Test
    @DisplayName("ORG-9: a transfer closes the open membership of the same kind, never a closed one or another kind")
    void replaced() {
        List<Span> all = List.of(PRIMARY_OPEN, CONCURRENT_OPEN, PRIMARY_CLOSED);
        assertEquals(List.of(PRIMARY_OPEN), MembershipRules.replaced(change(5L, "PRIMARY", JULY), all));
        assertEquals(List.of(), MembershipRules.replaced(change(5L, "SECONDMENT", JULY), all));
        assertEquals(List.of(), MembershipRules.replaced(change(5L, "CONCURRENT", JULY), all),
                "a concurrent post elsewhere does not end the concurrent post in unit 2");
        assertEquals(List.of(CONCURRENT_OPEN), MembershipRules.replaced(change(2L, "CONCURRENT", JULY), all));
    }

    @Test
    @DisplayName("ORG-9: a transfer is valid only after the current membership began and into a unit valid that day")
    void problems() {
        List<Span> all = List.of(PRIMARY_OPEN, PRIMARY_CLOSED);
        assertNull(MembershipRules.problem(change(5L, "PRIMARY", JULY), true, all));
        assertEquals("Hãy nhập ngày bắt đầu.", MembershipRules.problem(change(5L, "PRIMARY", null), true, all));
        assertEquals("Hãy chọn đơn vị.", MembershipRules.problem(change(null, "PRIMARY", JULY), true, all));
        assertEquals("Đơn vị đã chọn không có hiệu lực vào ngày 01/07/2025.",
                MembershipRules.problem(change(5L, "PRIMARY", JULY), false, all));
        assertEquals("Ngày bắt đầu phải sau ngày bắt đầu của quá trình đang có hiệu lực (01/01/2020); lịch sử không được sửa.",
                MembershipRules.problem(change(5L, "PRIMARY", LocalDate.of(2020, 1, 1)), true, all));
        assertEquals("Đã có quá trình cùng loại bắt đầu từ ngày 01/01/2015, sau ngày đã chọn; không thể chèn vào giữa lịch sử.",
                MembershipRules.problem(change(5L, "PRIMARY", LocalDate.of(2014, 1, 1)), true, List.of(PRIMARY_CLOSED)));
        assertEquals("Chức vụ, chức danh không được để trống.", MembershipRules.problem(
                new MembershipChange(1, 0, 5L, " ", "MEMBER", "PRIMARY", JULY, null), true, all));
        assertEquals("Hãy chọn vai trò (cấp trưởng, cấp phó hoặc thành viên).", MembershipRules.problem(
                new MembershipChange(1, 0, 5L, "Trưởng phòng", "BOSS", "PRIMARY", JULY, null), true, all));
        assertEquals("Hãy chọn loại quá trình (chính, kiêm nhiệm hoặc biệt phái).", MembershipRules.problem(
                new MembershipChange(1, 0, 5L, "Trưởng phòng", "HEAD", null, JULY, null), true, all));
    }

    @Test
    @DisplayName("ORG-9: a membership that already ended at a later date cannot be overlapped")
    void overlapWithClosedFuture() {
        Span endsLater = new Span(12, 4, "SECONDMENT", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
        assertEquals("Quá trình cùng loại còn hiệu lực đến ngày 01/01/2026; hãy chọn ngày bắt đầu từ ngày đó trở đi.",
                MembershipRules.problem(change(5L, "SECONDMENT", JULY), true, List.of(endsLater)));
        assertNull(MembershipRules.problem(change(5L, "SECONDMENT", LocalDate.of(2026, 1, 1)), true, List.of(endsLater)));
    }

    @Test
    @DisplayName("ORG-9: only an open membership is ended, after its start; an ended one is never rewritten")
    void end() {
        assertNull(MembershipRules.endProblem(new MembershipEnd(1, 0, 10, JULY), PRIMARY_OPEN));
        assertEquals("Không tìm thấy quá trình công tác này của người đang xem.",
                MembershipRules.endProblem(new MembershipEnd(1, 0, 99, JULY), null));
        assertEquals("Hãy nhập ngày kết thúc.", MembershipRules.endProblem(new MembershipEnd(1, 0, 10, null), PRIMARY_OPEN));
        assertEquals("Quá trình này đã kết thúc ngày 01/01/2020; lịch sử không được sửa.",
                MembershipRules.endProblem(new MembershipEnd(1, 0, 9, JULY), PRIMARY_CLOSED));
        assertEquals("Ngày kết thúc phải sau ngày bắt đầu (01/01/2020).",
                MembershipRules.endProblem(new MembershipEnd(1, 0, 10, LocalDate.of(2019, 12, 31)), PRIMARY_OPEN));
    }
}
