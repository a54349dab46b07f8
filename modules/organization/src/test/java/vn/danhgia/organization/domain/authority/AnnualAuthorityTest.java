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

class AnnualAuthorityTest {

    private final District d = new District();

    @Test
    @DisplayName("ORG-11 [HN c §VII.2]: a civil servant's annual classification is evaluated and decided by the head of the unit")
    void staff() {
        AuthorityChain chain = d.annual(District.person(220, "Nông Văn Luật", StaffCategory.CONG_CHUC, d.justiceOffice,
                UnitRole.MEMBER, "Chuyên viên"));
        assertEquals(List.of(111L), ids(chain, EVALUATE));
        assertEquals(List.of(111L), ids(chain, DECIDE));
        assertTrue(chain.holders(COMMENT).isEmpty());
        assertTrue(chain.holders(ADJUST).isEmpty(), "PRO-10 adjustment is quarterly only");
        assertFalse(chain.assignments(DECIDE).get(0).explanation().contains("OPEN"));
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("ORG-11 [HN c §VII.3]: a teacher's annual classification is decided by the principal, even in a large school")
    void teacher() {
        AuthorityChain chain = d.annual(District.person(200, "Phan Thị Giáo", StaffCategory.VIEN_CHUC, d.school,
                UnitRole.MEMBER, "Giáo viên"));
        assertEquals(List.of(121L), ids(chain, DECIDE));
    }

    @Test
    @DisplayName("ORG-11 (OPEN): a district office head's annual classification is decided by the district People's Committee chair")
    void unitHead() {
        AuthorityChain chain = d.annual(District.as(d.justiceHead, StaffCategory.CONG_CHUC, d.justiceOffice, UnitRole.HEAD));
        assertEquals(List.of(102L), ids(chain, DECIDE));
        assertEquals(List.of(103L, 104L), ids(chain, COMMENT));
        String why = chain.assignments(DECIDE).get(0).explanation();
        assertTrue(why.contains("OPEN") && why.contains("HN c §VII.2"), why);
    }

    @Test
    @DisplayName("ORG-11 (OPEN): a principal is proposed by the Education Office head and decided by the appointing authority")
    void principal() {
        AuthorityChain chain = d.annual(District.as(d.principal, StaffCategory.VIEN_CHUC, d.school, UnitRole.HEAD));
        assertEquals(List.of(109L), ids(chain, EVALUATE));
        assertEquals(List.of(102L), ids(chain, DECIDE));
    }

    @Test
    @DisplayName("ORG-11 [HN c §VII.2] (OPEN): a deputy appointed by the district is proposed by the head and decided by the district chair")
    void deputy() {
        AuthorityChain chain = d.annual(District.as(d.vicePrincipal1, StaffCategory.VIEN_CHUC, d.school, UnitRole.DEPUTY));
        assertEquals(List.of(121L), ids(chain, EVALUATE));
        assertEquals(List.of(102L), ids(chain, DECIDE));
        assertTrue(chain.assignments(DECIDE).get(0).explanation().contains("GD IV.3.b"));
    }

    @Test
    @DisplayName("ORG-11 [HN c §VII.1, §XII.3] (OPEN): cadres managed by the Standing Committee are classified by the Standing Committee collective")
    void standingCommitteeManaged() {
        Evaluated head = new Evaluated(d.propagandaHead.id(), d.propagandaHead.fullName(), StaffCategory.CAN_BO, true,
                d.propagandaBoard, UnitRole.HEAD, false, d.propagandaHead.positionTitle());
        AuthorityChain chain = d.annual(head);
        assertEquals("Ban Thường vụ Quận ủy (hồ sơ qua Ban Tổ chức Quận ủy)", collective(chain, DECIDE));
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("ORG-11 [HN c §VII.2]: a ward civil servant is classified by the ward People's Committee chair")
    void wardCivilServant() {
        AuthorityChain chain = d.annual(District.person(210, "Đào Văn Địa", StaffCategory.CONG_CHUC, d.wardCommittee,
                UnitRole.MEMBER, "Công chức Địa chính"));
        assertEquals(List.of(131L), ids(chain, DECIDE));
        assertFalse(chain.assignments(DECIDE).get(0).explanation().contains("OPEN"));
    }

    @Test
    @DisplayName("ORG-11 [HN c §VII.1]: a ward Fatherland Front chair is classified by the ward Party secretary")
    void wardFrontChair() {
        AuthorityChain chain = d.annual(District.as(d.wardFrontChair, StaffCategory.CAN_BO, d.wardFront, UnitRole.HEAD));
        assertEquals(List.of(130L), ids(chain, DECIDE));
    }
}
