package vn.danhgia.organization.domain.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.organization.domain.authority.AuthorityRole.COMMENT;
import static vn.danhgia.organization.domain.authority.AuthorityRole.DECIDE;
import static vn.danhgia.organization.domain.authority.AuthorityRole.EVALUATE;
import static vn.danhgia.organization.domain.authority.District.ids;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.infrastructure.authority.AuthorityTableLoader;

class AuthorityTableTest {

    private static String defaultJson() throws IOException {
        try (InputStream in = AuthorityTableLoader.class.getResourceAsStream(AuthorityTableLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("RP-1: the default table loads from the classpath with its version, legal basis and threshold 20")
    void loadsDefault() {
        AuthorityTable t = District.TABLE;
        assertEquals("org-authority", t.code());
        assertEquals(1, t.version());
        assertEquals(20, t.largeUnitThreshold());
        assertEquals(LocalDate.of(2023, 1, 1), t.effectiveFrom());
        assertTrue(t.legalBasis().contains("683-QĐ/QU"));
    }

    @Test
    @DisplayName("PRO-9: the quarterly rows cover all ten lines of the PRO-9 table")
    void coversAllTenLines() {
        Set<String> refs = District.TABLE.rows(EvaluationKind.QUARTERLY_PROFESSIONALISM).stream()
                .map(AuthorityRow::ref).collect(Collectors.toCollection(TreeSet::new));
        for (int line = 1; line <= 10; line++) {
            assertTrue(refs.contains("PRO-9 dòng " + line), "missing PRO-9 line " + line + " in " + refs);
        }
        assertTrue(District.TABLE.rows(EvaluationKind.ANNUAL_CLASSIFICATION).size() >= 5);
    }

    @Test
    @DisplayName("RP-1: every OPEN row or alternative of the shipped table carries a note saying what the reading is")
    void openRowsHaveNotes() {
        for (AuthorityRow row : District.TABLE.rows()) {
            if (row.open()) {
                assertTrue(row.note() != null, "row " + row.id() + " is OPEN without a note");
            }
            for (MatchCondition c : row.when()) {
                if (c.open()) {
                    assertTrue(c.note() != null, "row " + row.id() + " '" + c.label() + "' is OPEN without a note");
                }
            }
        }
    }

    @Test
    @DisplayName("RP-1, PRO-9: the large-unit threshold is rule-pack data — at 25 a 20-person office has no deputy comment")
    void thresholdIsData() throws IOException {
        String json = defaultJson();
        assertTrue(json.contains("\"largeUnitThreshold\": 20"));
        AuthorityTable t25 = AuthorityTableLoader.fromJson(json.replace("\"largeUnitThreshold\": 20", "\"largeUnitThreshold\": 25"));
        District d = new District();
        Evaluated clerk = District.person(221, "Quan Thị Ngân", StaffCategory.CONG_CHUC, d.financeOffice, UnitRole.MEMBER, "Chuyên viên");
        AuthorityChain chain = new AuthorityResolver().resolve(clerk, EvaluationKind.QUARTERLY_PROFESSIONALISM,
                District.Q2_2023, t25, d.dir, List.of());
        assertTrue(chain.holders(COMMENT).isEmpty());
        assertEquals(List.of(113L), ids(chain, DECIDE));
        assertTrue(chain.assignments(DECIDE).get(0).explanation().contains("dưới ngưỡng 25 người"));
    }

    @Test
    @DisplayName("RP-1: a malformed table is refused with a message naming the place")
    void malformed() throws IOException {
        String json = defaultJson();
        IllegalArgumentException unknownHolder = assertThrows(IllegalArgumentException.class, () -> AuthorityTableLoader.fromJson(
                json.replaceFirst("\"HEAD_OF_OWN_UNIT\"", "\"HEAD_OF_OWN_UNITT\"")));
        assertTrue(unknownHolder.getMessage().contains("rows[1].holders.EVALUATE"), unknownHolder.getMessage());
        assertTrue(unknownHolder.getMessage().contains("HEAD_OF_OWN_UNITT"), unknownHolder.getMessage());

        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> AuthorityTableLoader.fromJson(
                json.replaceFirst("\"unitRoles\"", "\"unitRole\"")));
        assertTrue(typo.getMessage().contains("unknown key"), typo.getMessage());

        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> AuthorityTableLoader.fromJson(
                json.replace("HEAD_OF_UNIT_OF_KIND:EDUCATION_OFFICE", "HEAD_OF_UNIT_OF_KIND:SCHOOL_BOARD")));
        assertTrue(kind.getMessage().contains("SCHOOL_BOARD"), kind.getMessage());

        assertThrows(IllegalArgumentException.class, () -> AuthorityTableLoader.fromJson("{ not json"));
    }

    @Test
    @DisplayName("ORG-11: a row without a decider is refused")
    void rowNeedsDecider() {
        MatchCondition staff = condition(UnitKind.OFFICE, UnitRole.MEMBER);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AuthorityRow("X1",
                EvaluationKind.QUARTERLY_PROFESSIONALISM, "PRO-9", "PRO-9 dòng 6", "[LB]", "Thử", List.of(staff),
                Map.of(EVALUATE, RoleSpec.of(HolderSpec.of(HolderSpec.Type.HEAD_OF_OWN_UNIT))), false, null));
        assertTrue(e.getMessage().contains("DECIDE"), e.getMessage());
    }

    @Test
    @DisplayName("ORG-11: a row that would make the head decide about himself is a table error (heads have their own row)")
    void headNeverOwnDecider() {
        MatchCondition anyone = new MatchCondition("Mọi người của phòng", Set.of(UnitKind.OFFICE), Set.of(), Set.of(),
                null, null, null, false, null);
        RoleSpec head = RoleSpec.of(HolderSpec.of(HolderSpec.Type.HEAD_OF_OWN_UNIT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AuthorityRow("X2",
                EvaluationKind.QUARTERLY_PROFESSIONALISM, "PRO-9", "PRO-9 dòng 6", "[LB]", "Thử", List.of(anyone),
                Map.of(EVALUATE, head, DECIDE, head), false, null));
        assertTrue(e.getMessage().contains("own"), e.getMessage());

        MatchCondition deputies = condition(UnitKind.OFFICE, UnitRole.DEPUTY);
        assertThrows(IllegalArgumentException.class, () -> new AuthorityRow("X3",
                EvaluationKind.QUARTERLY_PROFESSIONALISM, "PRO-9", "PRO-9 dòng 6", "[LB]", "Thử", List.of(deputies),
                Map.of(COMMENT, RoleSpec.of(HolderSpec.of(HolderSpec.Type.DEPUTY_OF_OWN_UNIT)), EVALUATE, head, DECIDE, head),
                false, null));
    }

    @Test
    @DisplayName("ORG-11: the holder vocabulary parses and prints back, and rejects unknown words")
    void holderSpec() {
        for (String s : List.of("HEAD_OF_OWN_UNIT", "DEPUTY_OF_OWN_UNIT", "LEADERSHIP_OF_OWN_UNIT", "HEAD_OF_PARENT_UNIT",
                "HEAD_OF_UNIT_OF_KIND:EDUCATION_OFFICE", "DEPUTY_OF_UNIT_OF_KIND:PEOPLES_COMMITTEE",
                "HEAD_OF_WARD_UNIT_OF_KIND:WARD_PARTY_COMMITTEE", "COLLECTIVE:Thường trực Quận ủy")) {
            assertEquals(s, HolderSpec.parse(s).toString());
        }
        assertThrows(IllegalArgumentException.class, () -> HolderSpec.parse("HEAD_OF_UNIT_OF_KIND"));
        assertThrows(IllegalArgumentException.class, () -> HolderSpec.parse("HEAD_OF_OWN_UNIT:OFFICE"));
        assertThrows(IllegalArgumentException.class, () -> HolderSpec.parse("COLLECTIVE:  "));
        assertThrows(IllegalArgumentException.class, () -> HolderSpec.parse("BOSS"));
    }

    @Test
    @DisplayName("ORG-11: HEAD_OF_PARENT_UNIT reaches the head of the parent unit, and says so when there is none")
    void headOfParent() {
        RoleSpec parent = RoleSpec.of(HolderSpec.of(HolderSpec.Type.HEAD_OF_PARENT_UNIT));
        AuthorityRow row = new AuthorityRow("P1", EvaluationKind.ANNUAL_CLASSIFICATION, "ORG-11", "Thử dòng 1", "[thử]",
                "Cấp trưởng đơn vị cấp trên quyết định", List.of(condition(UnitKind.OFFICE, UnitRole.HEAD),
                condition(UnitKind.PEOPLES_COUNCIL_COMMITTEE, UnitRole.HEAD), condition(UnitKind.FATHERLAND_FRONT, UnitRole.HEAD)),
                Map.of(EVALUATE, parent, DECIDE, parent), true, "Bảng thử");
        AuthorityTable table = new AuthorityTable("test", 1, "Thử", "Thử", LocalDate.of(2020, 1, 1), null, 20, List.of(row));
        District d = new District();
        AuthorityResolver resolver = new AuthorityResolver();
        LocalDate date = LocalDate.of(2023, 12, 15);

        AuthorityChain office = resolver.resolve(District.as(d.justiceHead, StaffCategory.CONG_CHUC, d.justiceOffice, UnitRole.HEAD),
                EvaluationKind.ANNUAL_CLASSIFICATION, date, table, d.dir, List.of());
        assertEquals(List.of(102L), ids(office, DECIDE));
        assertTrue(office.assignments(DECIDE).get(0).explanation().contains("OPEN"));

        AuthorityChain committee = resolver.resolve(District.as(d.lawCommitteeHead, StaffCategory.CAN_BO, d.lawCommittee, UnitRole.HEAD),
                EvaluationKind.ANNUAL_CLASSIFICATION, date, table, d.dir, List.of());
        assertEquals(List.of(105L), ids(committee, DECIDE));

        AuthorityChain root = resolver.resolve(District.as(d.frontChair, StaffCategory.CAN_BO, d.front, UnitRole.HEAD),
                EvaluationKind.ANNUAL_CLASSIFICATION, date, table, d.dir, List.of());
        assertTrue(root.holders(DECIDE).isEmpty());
        assertTrue(root.failed().stream().anyMatch(f -> f.message().contains("không có đơn vị cấp trên")), root.failed().toString());
    }

    @Test
    @DisplayName("ORG-11: a district-level kind that is missing or not unique is reported, never picked at random")
    void ambiguousDistrictUnit() {
        District d = new District();
        d.dir.unit(99, "Phòng Giáo dục và Đào tạo (cũ)", UnitKind.EDUCATION_OFFICE, 3, 2L);
        AuthorityChain chain = d.quarterly(District.as(d.principal, StaffCategory.VIEN_CHUC, d.school, UnitRole.HEAD));
        assertTrue(chain.holders(DECIDE).isEmpty());
        assertTrue(chain.failed().stream().anyMatch(f -> f.message().contains("duy nhất một Phòng Giáo dục và Đào tạo")),
                chain.failed().toString());
    }

    private static MatchCondition condition(UnitKind kind, UnitRole role) {
        return new MatchCondition("Thử " + kind + " " + role, Set.of(kind), Set.of(role), Set.of(), null, null, null, false, null);
    }
}
