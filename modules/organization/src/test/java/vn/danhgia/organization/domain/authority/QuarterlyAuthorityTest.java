package vn.danhgia.organization.domain.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.organization.domain.authority.AuthorityRole.ADJUST;
import static vn.danhgia.organization.domain.authority.AuthorityRole.COMMENT;
import static vn.danhgia.organization.domain.authority.AuthorityRole.DECIDE;
import static vn.danhgia.organization.domain.authority.AuthorityRole.EVALUATE;
import static vn.danhgia.organization.domain.authority.District.collective;
import static vn.danhgia.organization.domain.authority.District.ids;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.platform.rules.Finding;

class QuarterlyAuthorityTest {

    private final District d = new District();

    private static String explanation(AuthorityChain chain, AuthorityRole role) {
        return chain.assignments(role).get(0).explanation();
    }

    // --- schools (PRO-9 lines 8-10) ----------------------------------------------------------------------

    @Test
    @DisplayName("PRO-9: a teacher is commented on by the school board and decided by the principal")
    void teacher() {
        AuthorityChain chain = d.quarterly(District.person(200, "Phan Thị Giáo", StaffCategory.VIEN_CHUC, d.school,
                UnitRole.MEMBER, "Giáo viên"));
        assertEquals(List.of(121L, 122L, 123L), ids(chain, COMMENT));
        assertEquals(List.of(121L), ids(chain, EVALUATE));
        assertEquals(List.of(121L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 10", chain.assignments(DECIDE).get(0).source());
        assertTrue(explanation(chain, COMMENT).contains("Ban Giám hiệu"), explanation(chain, COMMENT));
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("PRO-9: the 20-person threshold does not apply to schools — a 45-person school still has the board comment")
    void schoolIgnoresThreshold() {
        AuthorityChain chain = d.quarterly(District.person(200, "Phan Thị Giáo", StaffCategory.VIEN_CHUC, d.school,
                UnitRole.MEMBER, "Giáo viên"));
        assertFalse(explanation(chain, DECIDE).contains("ngưỡng"), explanation(chain, DECIDE));
    }

    @Test
    @DisplayName("PRO-9: a vice-principal is evaluated and decided by the principal, with no comment step")
    void vicePrincipal() {
        AuthorityChain chain = d.quarterly(District.as(d.vicePrincipal1, StaffCategory.VIEN_CHUC, d.school, UnitRole.DEPUTY));
        assertEquals(List.of(121L), ids(chain, EVALUATE));
        assertEquals(List.of(121L), ids(chain, DECIDE));
        assertTrue(chain.holders(COMMENT).isEmpty());
        assertEquals("PRO-9 dòng 9", chain.assignments(DECIDE).get(0).source());
    }

    @Test
    @DisplayName("PRO-9: a principal is evaluated by the head of the Education Office after hearing its deputy")
    void principal() {
        AuthorityChain chain = d.quarterly(District.as(d.principal, StaffCategory.VIEN_CHUC, d.school, UnitRole.HEAD));
        assertEquals(List.of(110L), ids(chain, COMMENT));
        assertEquals(List.of(109L), ids(chain, EVALUATE));
        assertEquals(List.of(109L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 8", chain.assignments(DECIDE).get(0).source());
        assertTrue(explanation(chain, DECIDE).contains("người đứng đầu Phòng Giáo dục và Đào tạo"), explanation(chain, DECIDE));
        assertTrue(explanation(chain, COMMENT).contains("Phó Trưởng phòng phụ trách khối"), explanation(chain, COMMENT));
        assertTrue(chain.complete(), chain.findings().toString());
    }

    // --- government block (PRO-9 lines 4-7) -------------------------------------------------------------

    @Test
    @DisplayName("PRO-9: a ward civil servant is evaluated and decided by the ward People's Committee chair")
    void wardCivilServant() {
        AuthorityChain chain = d.quarterly(District.person(210, "Đào Văn Địa", StaffCategory.CONG_CHUC, d.wardCommittee,
                UnitRole.MEMBER, "Công chức Địa chính"));
        assertEquals(List.of(131L), ids(chain, EVALUATE));
        assertEquals(List.of(131L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 7", chain.assignments(DECIDE).get(0).source());
    }

    @Test
    @DisplayName("PRO-10: a result decided by the ward chair may be adjusted by the Standing Committee member in charge of the ward, who is not in the data")
    void wardAdjustment() {
        AuthorityChain chain = d.quarterly(District.person(210, "Đào Văn Địa", StaffCategory.CONG_CHUC, d.wardCommittee,
                UnitRole.MEMBER, "Công chức Địa chính"));
        assertEquals("Ủy viên Ban Thường vụ Quận ủy phụ trách phường", collective(chain, ADJUST));
        AuthorityAssignment adjust = chain.assignments(ADJUST).get(0);
        assertEquals("PRO-10 (PRO-9 dòng 7)", adjust.source());
        assertTrue(adjust.explanation().contains("chưa có trong dữ liệu") && adjust.explanation().contains("ghi đè"),
                adjust.explanation());
    }

    @Test
    @DisplayName("PRO-9: a ward People's Committee chair is decided by the district People's Committee chair after hearing the vice-chairs in charge")
    void wardChair() {
        AuthorityChain chain = d.quarterly(District.as(d.wardChair, StaffCategory.CAN_BO, d.wardCommittee, UnitRole.HEAD));
        assertEquals(List.of(102L), ids(chain, EVALUATE));
        assertEquals(List.of(102L), ids(chain, DECIDE));
        assertEquals(List.of(103L, 104L), ids(chain, COMMENT));
        assertTrue(explanation(chain, COMMENT).contains("phụ trách"), explanation(chain, COMMENT));
        assertTrue(chain.holders(ADJUST).isEmpty(), "PRO-10: a district leader's decision is not adjusted");
    }

    @Test
    @DisplayName("PRO-9: a district office head is decided by the district People's Committee chair after hearing the vice-chair in charge")
    void officeHead() {
        AuthorityChain chain = d.quarterly(District.as(d.justiceHead, StaffCategory.CONG_CHUC, d.justiceOffice, UnitRole.HEAD));
        assertEquals(List.of(102L), ids(chain, DECIDE));
        assertEquals(List.of(103L, 104L), ids(chain, COMMENT));
        assertEquals("PRO-9 dòng 5", chain.assignments(DECIDE).get(0).source());
        assertTrue(explanation(chain, DECIDE).contains("Trần Văn Chủ (Chủ tịch UBND quận), người đứng đầu UBND quận Long Biên"),
                explanation(chain, DECIDE));
        // Two vice-chairs: both listed, and the explanation says why rather than picking one.
        assertTrue(explanation(chain, COMMENT).contains("liệt kê tất cả"), explanation(chain, COMMENT));
    }

    @Test
    @DisplayName("PRO-9: a district People's Committee vice-chair is decided by the chair, with no hearing step (OPEN reading)")
    void viceChair() {
        AuthorityChain chain = d.quarterly(District.as(d.viceChairA, StaffCategory.CAN_BO, d.peoplesCommittee, UnitRole.DEPUTY));
        assertEquals(List.of(102L), ids(chain, DECIDE));
        assertTrue(chain.holders(COMMENT).isEmpty());
        assertTrue(explanation(chain, DECIDE).contains("OPEN"), explanation(chain, DECIDE));
    }

    @Test
    @DisplayName("PRO-9, PRO-3: in a 19-person office the head evaluates and decides, with no deputy comment")
    void smallOffice() {
        AuthorityChain chain = d.quarterly(District.person(220, "Nông Văn Luật", StaffCategory.CONG_CHUC, d.justiceOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals(List.of(111L), ids(chain, EVALUATE));
        assertEquals(List.of(111L), ids(chain, DECIDE));
        assertTrue(chain.holders(COMMENT).isEmpty(), "no deputy comment below the threshold");
        assertEquals("PRO-9 dòng 6", chain.assignments(DECIDE).get(0).source());
        assertTrue(explanation(chain, DECIDE).contains("có 19 người, dưới ngưỡng 20 người"), explanation(chain, DECIDE));
    }

    @Test
    @DisplayName("PRO-9, PRO-3: in a 20-person office the direct deputy comments and the head decides")
    void largeOffice() {
        AuthorityChain chain = d.quarterly(District.person(221, "Quan Thị Ngân", StaffCategory.CONG_CHUC, d.financeOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals(List.of(114L), ids(chain, COMMENT));
        assertEquals(List.of(113L), ids(chain, DECIDE));
        assertTrue(explanation(chain, COMMENT).contains("có 20 người, từ ngưỡng 20 người trở lên"), explanation(chain, COMMENT));
        assertFalse(explanation(chain, COMMENT).contains("liệt kê tất cả"), "one deputy: nothing to choose");
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("PRO-9: in a large office with two deputies both are listed as commenters and the explanation says the one in charge comments")
    void largeOfficeTwoDeputies() {
        AuthorityChain chain = d.quarterly(District.person(222, "Từ Văn Đô", StaffCategory.CONG_CHUC, d.urbanOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals(List.of(116L, 117L), ids(chain, COMMENT));
        assertEquals(List.of(115L), ids(chain, DECIDE));
        assertTrue(explanation(chain, COMMENT).contains("phụ trách"), explanation(chain, COMMENT));
        assertTrue(explanation(chain, COMMENT).contains("ghi đè"), explanation(chain, COMMENT));
    }

    @Test
    @DisplayName("PRO-9: a deputy of a 20-person office is decided by the head, never commented on by a fellow deputy")
    void deputyOfLargeOffice() {
        AuthorityChain chain = d.quarterly(District.as(d.urbanDeputy1, StaffCategory.CONG_CHUC, d.urbanOffice, UnitRole.DEPUTY));
        assertEquals(List.of(115L), ids(chain, DECIDE));
        assertTrue(chain.holders(COMMENT).isEmpty());
    }

    @Test
    @DisplayName("PRO-10: office staff results decided by the head may be adjusted by the district leader in charge, set by override")
    void officeAdjustment() {
        AuthorityChain chain = d.quarterly(District.person(220, "Nông Văn Luật", StaffCategory.CONG_CHUC, d.justiceOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals("Lãnh đạo Quận (Quận ủy, HĐND, UBND Quận) phụ trách lĩnh vực", collective(chain, ADJUST));
        assertTrue(explanation(chain, ADJUST).contains("chưa có trong dữ liệu"), explanation(chain, ADJUST));
    }

    @Test
    @DisplayName("PRO-9: a deputy head of a People's Council committee is evaluated by the People's Council chair")
    void councilCommitteeDeputy() {
        AuthorityChain chain = d.quarterly(District.as(d.lawCommitteeDeputy, StaffCategory.CAN_BO, d.lawCommittee, UnitRole.DEPUTY));
        assertEquals(List.of(105L), ids(chain, EVALUATE));
        assertEquals(List.of(105L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 4", chain.assignments(DECIDE).get(0).source());
        assertTrue(chain.holders(ADJUST).isEmpty());
    }

    // --- Party block (PRO-9 lines 1-3) ------------------------------------------------------------------

    @Test
    @DisplayName("PRO-9: the head of a Party board is evaluated by the Party secretary with the Standing Board (collective)")
    void partyBoardHead() {
        AuthorityChain chain = d.quarterly(District.as(d.propagandaHead, StaffCategory.CAN_BO, d.propagandaBoard, UnitRole.HEAD));
        assertEquals("Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy", collective(chain, DECIDE));
        assertEquals("PRO-9 dòng 1", chain.assignments(DECIDE).get(0).source());
        assertFalse(explanation(chain, DECIDE).contains("OPEN"), "heads of Party boards are in the text");
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("PRO-9: a district Standing Committee member is evaluated by the collective even when a People's Committee vice-chair (OPEN)")
    void districtStandingMember() {
        Evaluated vice = new Evaluated(d.viceChairB.id(), d.viceChairB.fullName(), StaffCategory.CAN_BO, true,
                d.peoplesCommittee, UnitRole.DEPUTY, true, d.viceChairB.positionTitle());
        AuthorityChain chain = d.quarterly(vice);
        assertEquals("Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy", collective(chain, EVALUATE));
        assertEquals("Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy", collective(chain, DECIDE));
        assertTrue(explanation(chain, DECIDE).contains("OPEN"), explanation(chain, DECIDE));
        assertTrue(chain.holders(ADJUST).isEmpty());
    }

    @Test
    @DisplayName("PRO-9: a Fatherland Front staff member is evaluated by the head of the Front")
    void frontStaff() {
        AuthorityChain chain = d.quarterly(District.person(230, "Lò Thị Trận", StaffCategory.CONG_CHUC, d.front,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals(List.of(120L), ids(chain, EVALUATE));
        assertEquals(List.of(120L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 2", chain.assignments(DECIDE).get(0).source());
    }

    @Test
    @DisplayName("PRO-9: a ward Fatherland Front vice-chair is evaluated by the ward Party secretary of the same ward")
    void wardFrontViceChair() {
        AuthorityChain chain = d.quarterly(District.as(d.wardFrontVice, StaffCategory.KHONG_CHUYEN_TRACH, d.wardFront, UnitRole.DEPUTY));
        assertEquals(List.of(130L), ids(chain, DECIDE));
        assertEquals("PRO-9 dòng 3", chain.assignments(DECIDE).get(0).source());
        assertTrue(explanation(chain, DECIDE).contains("người đứng đầu Đảng ủy phường Việt Hưng"), explanation(chain, DECIDE));
    }

    @Test
    @DisplayName("PRO-9: a ward Party secretary is evaluated by the district collective")
    void wardPartySecretary() {
        AuthorityChain chain = d.quarterly(District.as(d.wardSecretary, StaffCategory.CAN_BO, d.wardParty, UnitRole.HEAD));
        assertEquals("Bí thư Quận ủy chủ trì cùng tập thể Thường trực Quận ủy", collective(chain, DECIDE));
    }

    // --- never guess -------------------------------------------------------------------------------------

    @Test
    @DisplayName("ORG-11, RP-2: when the office has no head on the date, no evaluator is guessed and a failed finding says why")
    void missingHead() {
        AuthorityChain chain = d.quarterly(District.person(240, "Vi Văn Hóa", StaffCategory.CONG_CHUC, d.cultureOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertTrue(chain.holders(EVALUATE).isEmpty());
        assertTrue(chain.holders(DECIDE).isEmpty());
        assertFalse(chain.complete());
        List<Finding> failed = chain.failed();
        assertEquals(2, failed.size(), failed.toString());
        Finding f = failed.stream().filter(x -> "DECIDE".equals(x.facts().get("role"))).findFirst().orElseThrow();
        assertEquals("PRO-9", f.ruleId());
        assertTrue(f.message().contains("Phòng Văn hóa và Thông tin không có người đứng đầu vào ngày 30/06/2023"), f.message());
        assertTrue(f.message().contains("không tự suy đoán"), f.message());
        // The deputy is not promoted to decider behind anyone's back.
        assertFalse(ids(chain, DECIDE).contains(d.cultureDeputy.id()));
    }

    @Test
    @DisplayName("ORG-11: a person no row covers gets a failed finding asking for an override")
    void noRow() {
        AuthorityChain chain = d.quarterly(District.person(250, "Lạ Văn Lẫm", StaffCategory.CONG_CHUC, d.peoplesCommittee,
                UnitRole.MEMBER, "Chuyên viên"));
        assertTrue(chain.assignments().isEmpty());
        assertEquals(1, chain.failed().size());
        assertEquals("ORG-11", chain.failed().get(0).ruleId());
        assertTrue(chain.failed().get(0).message().contains("Không dòng nào"), chain.failed().get(0).message());
    }

    @Test
    @DisplayName("ORG-11: a person recorded as a member but found as the unit's head is never made their own decider")
    void neverSelf() {
        AuthorityChain chain = d.quarterly(District.as(d.justiceHead, StaffCategory.CONG_CHUC, d.justiceOffice, UnitRole.MEMBER));
        assertTrue(chain.holders(DECIDE).isEmpty());
        assertTrue(chain.holders(EVALUATE).isEmpty());
        assertTrue(chain.failed().stream().anyMatch(f -> f.message().contains("chỉ tới chính Lý Văn Tư")), chain.failed().toString());
    }

    @Test
    @DisplayName("RP-1: outside the table's effective period no default is used and a failed finding says so")
    void tableNotInForce() {
        AuthorityChain chain = new AuthorityResolver().resolve(
                District.person(220, "Nông Văn Luật", StaffCategory.CONG_CHUC, d.justiceOffice, UnitRole.MEMBER, "Chuyên viên"),
                EvaluationKind.QUARTERLY_PROFESSIONALISM, java.time.LocalDate.of(2022, 12, 31), District.TABLE, d.dir, List.of());
        assertTrue(chain.assignments().isEmpty());
        assertEquals("RP-1", chain.failed().get(0).ruleId());
    }

    @Test
    @DisplayName("RP-1, RP-2: the chain records the rule pack version and a passed finding names the row that applied")
    void rowFinding() {
        AuthorityChain chain = d.quarterly(District.person(221, "Quan Thị Ngân", StaffCategory.CONG_CHUC, d.financeOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals("org-authority v1", chain.rulePack().toString());
        Finding row = chain.findings().get(0);
        assertTrue(row.passed());
        assertEquals("Q6b", row.facts().get("row"));
        assertEquals("20", row.facts().get("headcount"));
        assertEquals("20", row.facts().get("largeUnitThreshold"));
    }
}
