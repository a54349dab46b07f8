package vn.danhgia.organization.domain.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.organization.domain.authority.AuthorityRole.ADJUST;
import static vn.danhgia.organization.domain.authority.AuthorityRole.COMMENT;
import static vn.danhgia.organization.domain.authority.AuthorityRole.DECIDE;
import static vn.danhgia.organization.domain.authority.AuthorityRole.EVALUATE;
import static vn.danhgia.organization.domain.authority.District.ids;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.platform.rules.Finding;

class AuthorityOverrideTest {

    private static final EvaluationKind Q = EvaluationKind.QUARTERLY_PROFESSIONALISM;
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

    private final District d = new District();
    private final Evaluated clerk = District.person(220, "Nông Văn Luật", StaffCategory.CONG_CHUC, d.justiceOffice,
            UnitRole.MEMBER, "Chuyên viên");

    private AuthorityOverride unitOverride(long id, AuthorityRole role, PersonRef holder, LocalDate from, LocalDate to) {
        return new AuthorityOverride(id, d.justiceOffice.id(), null, Q, role, Holder.person(holder), from, to,
                "Trưởng phòng đi học dài hạn, Phó phòng được giao phụ trách", "admin");
    }

    private AuthorityOverride personOverride(long id, AuthorityRole role, PersonRef holder) {
        return new AuthorityOverride(id, null, clerk.personId(), Q, role, Holder.person(holder), FROM, null,
                "Biệt phái, do Phó Chủ tịch phụ trách trực tiếp theo dõi", "admin");
    }

    @Test
    @DisplayName("ORG-11: a person override beats a unit override, which beats the table")
    void precedence() {
        AuthorityOverride unit = unitOverride(11, DECIDE, d.justiceDeputy, FROM, null);
        AuthorityOverride person = personOverride(12, DECIDE, d.viceChairA);

        AuthorityChain byTable = d.quarterly(clerk);
        assertEquals(List.of(111L), ids(byTable, DECIDE));

        AuthorityChain byUnit = d.quarterly(clerk, List.of(unit));
        assertEquals(List.of(112L), ids(byUnit, DECIDE));
        AuthorityAssignment a = byUnit.assignments(DECIDE).get(0);
        assertEquals("Ghi đè #11", a.source());
        assertTrue(a.fromOverride());
        assertTrue(a.explanation().contains("Trưởng phòng đi học dài hạn"), a.explanation());
        assertTrue(a.explanation().contains("ghi đè theo đơn vị Phòng Tư pháp"), a.explanation());
        assertTrue(a.explanation().contains("thay cho mặc định theo PRO-9 dòng 6: người đứng đầu đơn vị"), a.explanation());

        AuthorityChain byPerson = d.quarterly(clerk, List.of(unit, person));
        assertEquals(List.of(103L), ids(byPerson, DECIDE));
        AuthorityAssignment p = byPerson.assignments(DECIDE).get(0);
        assertEquals("Ghi đè #12", p.source());
        assertTrue(p.explanation().contains("ưu tiên hơn ghi đè theo đơn vị (Ghi đè #11)"), p.explanation());

        // Only the overridden role changes: the head still evaluates, the adjuster stays the default.
        assertEquals(List.of(111L), ids(byPerson, EVALUATE));
        assertEquals(1, byPerson.holders(ADJUST).size());
        assertTrue(byPerson.complete(), byPerson.findings().toString());
    }

    @Test
    @DisplayName("ORG-11: an override outside its validity period is ignored, and a finding says so")
    void outsideValidity() {
        AuthorityOverride expired = unitOverride(13, DECIDE, d.justiceDeputy, FROM, LocalDate.of(2023, 3, 31));
        AuthorityChain chain = d.quarterly(clerk, List.of(expired));
        assertEquals(List.of(111L), ids(chain, DECIDE));
        Finding f = chain.findings().stream().filter(x -> x.message().startsWith("Ghi đè #13")).findFirst().orElseThrow();
        assertTrue(f.passed());
        assertTrue(f.message().contains("không bao gồm ngày 30/06/2023"), f.message());
    }

    @Test
    @DisplayName("ORG-11: an override of the other evaluation kind or of another unit does not count")
    void otherKindOrUnit() {
        AuthorityOverride annual = new AuthorityOverride(14L, d.justiceOffice.id(), null, EvaluationKind.ANNUAL_CLASSIFICATION,
                DECIDE, Holder.person(d.justiceDeputy), FROM, null, "Chỉ cho đánh giá năm", "admin");
        AuthorityOverride otherUnit = new AuthorityOverride(15L, d.financeOffice.id(), null, Q, DECIDE,
                Holder.person(d.financeDeputy), FROM, null, "Đơn vị khác", "admin");
        AuthorityChain chain = d.quarterly(clerk, List.of(annual, otherUnit));
        assertEquals(List.of(111L), ids(chain, DECIDE));
        assertTrue(chain.failed().isEmpty());
    }

    @Test
    @DisplayName("ORG-11: an override can name the leader in charge the data lacks, e.g. the one deputy who comments")
    void overrideNamesDeputyInCharge() {
        Evaluated planner = District.person(222, "Từ Văn Đô", StaffCategory.CONG_CHUC, d.urbanOffice, UnitRole.MEMBER, "Chuyên viên");
        AuthorityOverride inCharge = new AuthorityOverride(16L, null, planner.personId(), Q, COMMENT,
                Holder.person(d.urbanDeputy2), FROM, null, "Phó phòng Âu Văn Thành phụ trách mảng quy hoạch", "admin");
        AuthorityChain chain = d.quarterly(planner, List.of(inCharge));
        assertEquals(List.of(117L), ids(chain, COMMENT));
    }

    @Test
    @DisplayName("ORG-11: an override fills in a vacant head, so the chain is complete")
    void overrideFillsVacancy() {
        Evaluated officer = District.person(240, "Vi Văn Hóa", StaffCategory.CONG_CHUC, d.cultureOffice, UnitRole.MEMBER, "Chuyên viên");
        List<AuthorityOverride> acting = List.of(
                new AuthorityOverride(17L, d.cultureOffice.id(), null, Q, EVALUATE, Holder.person(d.cultureDeputy), FROM, null,
                        "Phó phòng phụ trách phòng khi khuyết Trưởng phòng (Quyết định 12/QĐ-UBND)", "admin"),
                new AuthorityOverride(18L, d.cultureOffice.id(), null, Q, DECIDE, Holder.person(d.cultureDeputy), FROM, null,
                        "Phó phòng phụ trách phòng khi khuyết Trưởng phòng (Quyết định 12/QĐ-UBND)", "admin"));
        AuthorityChain chain = d.quarterly(officer, acting);
        assertEquals(List.of(118L), ids(chain, DECIDE));
        assertTrue(chain.complete(), chain.findings().toString());
    }

    @Test
    @DisplayName("ORG-11: an override naming the evaluated person as their own decider is refused with a failed finding")
    void overrideSelf() {
        AuthorityOverride self = new AuthorityOverride(19L, null, clerk.personId(), Q, DECIDE,
                Holder.person(new PersonRef(clerk.personId(), clerk.fullName(), "Chuyên viên")), FROM, null, "Nhầm", "admin");
        AuthorityChain chain = d.quarterly(clerk, List.of(self));
        assertEquals(List.of(111L), ids(chain, DECIDE), "falls back to the table");
        assertTrue(chain.failed().stream().anyMatch(f -> f.message().startsWith("Ghi đè #19")), chain.failed().toString());
    }

    @Test
    @DisplayName("ORG-11: two valid overrides of the decider at the same level are both shown and flagged, never one picked silently")
    void conflictingOverrides() {
        AuthorityChain chain = d.quarterly(clerk, List.of(personOverride(20, DECIDE, d.viceChairA),
                personOverride(21, DECIDE, d.viceChairB)));
        assertEquals(List.of(103L, 104L), ids(chain, DECIDE));
        assertFalse(chain.complete());
        assertTrue(chain.failed().stream().anyMatch(f -> f.message().contains("cần giữ lại một")), chain.failed().toString());
    }

    @Test
    @DisplayName("ORG-11: a collective can be set by override, e.g. the Standing Committee member in charge of a ward")
    void collectiveOverride() {
        Evaluated clerkOfWard = District.person(210, "Đào Văn Địa", StaffCategory.CONG_CHUC, d.wardCommittee, UnitRole.MEMBER, "Công chức");
        AuthorityOverride wardLeader = new AuthorityOverride(22L, d.wardCommittee.id(), null, Q, ADJUST,
                Holder.person(d.partySecretary), FROM, null, "Bí thư Quận ủy trực tiếp phụ trách phường Việt Hưng", "admin");
        AuthorityChain chain = d.quarterly(clerkOfWard, List.of(wardLeader));
        assertEquals(List.of(101L), ids(chain, ADJUST));
    }

    @Test
    @DisplayName("ORG-11: an override concerns exactly one unit or one person and needs a reason")
    void overrideValidation() {
        assertThrows(IllegalArgumentException.class, () -> new AuthorityOverride(1L, 1L, 2L, Q, DECIDE,
                Holder.collective("X"), FROM, null, "lý do", "admin"));
        assertThrows(IllegalArgumentException.class, () -> new AuthorityOverride(1L, 1L, null, Q, DECIDE,
                Holder.collective("X"), FROM, null, " ", "admin"));
        assertThrows(IllegalArgumentException.class, () -> new AuthorityOverride(1L, 1L, null, Q, DECIDE,
                Holder.collective("X"), FROM, FROM.minusDays(1), "lý do", "admin"));
    }
}
