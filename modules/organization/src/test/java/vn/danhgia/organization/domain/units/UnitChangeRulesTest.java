package vn.danhgia.organization.domain.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;

class UnitChangeRulesTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);

    private static UnitSnapshot unit(long id, String code, Block block) {
        return new UnitSnapshot(id, code, "Đơn vị " + code, block, null, Y2023, null, 3);
    }

    private static MembershipSnapshot member(long id, long person, UnitRole role, LocalDate from) {
        return new MembershipSnapshot(id, person, 1, "Chức danh " + person, role, role != UnitRole.MEMBER, "PRIMARY",
                from, null, 0);
    }

    @Test
    @DisplayName("ORG-1: the code suggested for a renamed unit is the old code and the year")
    void suggestCode() {
        assertEquals("P-VH-2025", UnitChangeRules.suggestCode("P-VH", REFORM));
        assertEquals(32, UnitChangeRules.suggestCode("X".repeat(40), REFORM).length());
    }

    @Test
    @DisplayName("ORG-1: a new unit needs a free code and a parent valid on its first day")
    void create() {
        UnitSnapshot closedParent = new UnitSnapshot(9, "QU", "Quận ủy", Block.PARTY, null, Y2023, REFORM, 0);
        assertTrue(UnitChangeRules.checkCreate("P1", "Phường 1", Y2023, closedParent, c -> false).isEmpty());
        List<String> errors = UnitChangeRules.checkCreate("P1", "Phường 1", REFORM, closedParent, Set.of("P1")::contains);
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).contains("đã tồn tại"));
        assertTrue(errors.get(1).contains("không còn hiệu lực tại ngày 01/07/2025"));
    }

    @Test
    @DisplayName("ORG-1: a rename date must lie inside the unit's validity and the new code be free")
    void renameDate() {
        UnitSnapshot ward = unit(1, "P1", Block.GOVERNMENT);
        assertTrue(UnitChangeRules.checkRename(ward, REFORM, "P1-2025", "Phường Mới", null, 0, 0, c -> false).isEmpty());
        assertFalse(UnitChangeRules.checkRename(ward, Y2023, "P1-2025", "Phường Mới", null, 0, 0, c -> false).isEmpty());
        UnitSnapshot closed = new UnitSnapshot(1, "P1", "Phường 1", Block.GOVERNMENT, null, Y2023, REFORM, 0);
        assertTrue(UnitChangeRules.checkRename(closed, REFORM, "P1-2025", "X", null, 0, 0, c -> false).get(0)
                .contains("đã hết hiệu lực"));
        assertTrue(UnitChangeRules.checkRename(ward, REFORM, "P2", "X", null, 0, 0, Set.of("P2")::contains).get(0)
                .contains("Mã đơn vị P2 đã tồn tại"));
        assertTrue(UnitChangeRules.checkRename(ward, REFORM, "", "X", null, 0, 0, c -> false).get(0)
                .contains("Chưa nhập mã"));
    }

    @Test
    @DisplayName("ORG-1: merged units belong to one block, are at least two and cannot be merged into themselves")
    void merge() {
        UnitSnapshot a = unit(1, "P1", Block.GOVERNMENT);
        UnitSnapshot b = unit(2, "P2", Block.GOVERNMENT);
        UnitSnapshot party = unit(3, "DU1", Block.PARTY);
        assertTrue(UnitChangeRules.checkMerge(List.of(a, b), REFORM, "PM", "Phường Mới", null, s -> false, s -> false,
                c -> false).isEmpty());
        assertTrue(UnitChangeRules.checkMerge(List.of(a, party), REFORM, "PM", "X", null, s -> false, s -> false,
                c -> false).contains("Chỉ hợp nhất được các đơn vị cùng khối."));
        assertTrue(UnitChangeRules.checkMerge(List.of(a), REFORM, "PM", "X", null, s -> false, s -> false,
                c -> false).contains("Cần chọn ít nhất hai đơn vị để hợp nhất."));
        assertTrue(UnitChangeRules.checkMerge(List.of(a, b), REFORM, "P1", "X", null, s -> false, s -> false,
                Set.of("P1", "P2")::contains).stream().anyMatch(e -> e.contains("vào chính nó")));
        assertTrue(UnitChangeRules.checkMerge(List.of(a, b), REFORM, "PM", "X", a, s -> false, s -> false,
                c -> false).stream().anyMatch(e -> e.contains("cấp trên")));
        assertTrue(UnitChangeRules.checkMerge(List.of(a, b), REFORM, "PM", "X", null, s -> s.id() == 2, s -> false,
                c -> false).stream().anyMatch(e -> e.contains("P2 còn đơn vị trực thuộc")));
    }

    @Test
    @DisplayName("ORG-1: a unit with people on the date cannot be abolished; the message names the count")
    void abolish() {
        UnitSnapshot ward = unit(1, "P1", Block.GOVERNMENT);
        assertTrue(UnitChangeRules.checkAbolish(ward, REFORM, 0, 0, 0).isEmpty());
        List<String> errors = UnitChangeRules.checkAbolish(ward, REFORM, 12, 0, 0);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("còn 12 người"));
    }

    @Test
    @DisplayName("ORG-9: memberships valid on the date move; other heads become deputies; ended ones stay")
    void moves() {
        MembershipSnapshot head1 = member(1, 101, UnitRole.HEAD, Y2023);
        MembershipSnapshot head2 = member(2, 102, UnitRole.HEAD, Y2023);
        MembershipSnapshot staff = member(3, 103, UnitRole.MEMBER, REFORM);
        MembershipSnapshot ended = new MembershipSnapshot(4, 104, 1, "Cũ", UnitRole.MEMBER, false, "PRIMARY", Y2023,
                LocalDate.of(2024, 1, 1), 0);
        List<MembershipMove> moves = UnitChangeRules.planMoves(List.of(head1, head2, staff, ended), REFORM, 101L);
        assertEquals(3, moves.size());
        assertEquals(UnitRole.HEAD, moves.get(0).role());
        assertEquals(UnitRole.DEPUTY, moves.get(1).role());
        assertTrue(moves.get(1).leader());
        assertTrue(moves.get(0).closeOld());
        assertFalse(moves.get(2).closeOld(), "a membership starting on the date is moved, not closed empty");
        List<MembershipMove> kept = UnitChangeRules.planMoves(List.of(head1, head2), REFORM, null);
        assertTrue(kept.stream().allMatch(m -> m.role() == UnitRole.HEAD));
    }

    @Test
    @DisplayName("PRO-11: the focal body is another unit valid today, a Home Affairs, Education or Party Organisation body")
    void focalBody() {
        UnitSnapshot ward = unit(1, "UBP1", Block.GOVERNMENT);
        UnitSnapshot pnv = unit(2, "PNV", Block.GOVERNMENT);
        assertTrue(UnitChangeRules.checkFocal(ward, pnv, UnitKind.HOME_AFFAIRS_OFFICE, REFORM).isEmpty());
        assertTrue(UnitChangeRules.checkFocal(ward, pnv, UnitKind.EDUCATION_OFFICE, REFORM).isEmpty());
        assertTrue(UnitChangeRules.checkFocal(ward, pnv, UnitKind.PARTY_ORGANISATION_BOARD, REFORM).isEmpty());
        assertTrue(UnitChangeRules.checkFocal(ward, null, null, REFORM).isEmpty(), "clearing the focal body");
        assertEquals(List.of("Cơ quan đầu mối phải là Phòng Nội vụ, Phòng Giáo dục và Đào tạo hoặc Ban Tổ chức Quận ủy."),
                UnitChangeRules.checkFocal(ward, pnv, UnitKind.OFFICE, REFORM));
        assertEquals(List.of("Đơn vị không thể là cơ quan đầu mối của chính nó."),
                UnitChangeRules.checkFocal(pnv, pnv, UnitKind.HOME_AFFAIRS_OFFICE, REFORM));
        UnitSnapshot closedPnv = new UnitSnapshot(3, "PNV-OLD", "Phòng Nội vụ cũ", Block.GOVERNMENT, null, Y2023, REFORM, 0);
        assertEquals(List.of("Cơ quan đầu mối PNV-OLD không còn hiệu lực tại ngày 01/07/2025."),
                UnitChangeRules.checkFocal(ward, closedPnv, UnitKind.HOME_AFFAIRS_OFFICE, REFORM));
        UnitSnapshot closedWard = new UnitSnapshot(4, "P-OLD", "Phường cũ", Block.GOVERNMENT, null, Y2023, REFORM, 0);
        assertEquals(List.of("Đơn vị P-OLD đã hết hiệu lực; không thể đổi cơ quan đầu mối."),
                UnitChangeRules.checkFocal(closedWard, null, null, REFORM));
    }
}
