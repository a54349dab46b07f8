package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportSettings;

/** ImportPlanner.plan(rows, stored state): what is created, updated or left unchanged. */
class ImportPlannerTest {

    private static PersonImportCheck.Result check(ExistingState state, String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = Fixtures.HEADER;
        System.arraycopy(lines, 0, all, 1, lines.length);
        return new PersonImportCheck(ImportSettings.DEFAULTS, Fixtures.TODAY)
                .check("can-bo.csv", Fixtures.csv(all), codes -> state);
    }

    private static PersonChange only(ExistingState state, String line) {
        PersonImportCheck.Result r = check(state, line);
        assertEquals("", Fixtures.describe(r.errors()));
        assertEquals(1, r.plan().changes().size());
        return r.plan().changes().get(0);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    @DisplayName("A new staff code: person with defaults, primary membership from the effective date, grade appointment")
    void create() {
        String line = "CB009,  Lê   Thị  Bình ,01/02/1990,Nữ,,,Viên chức,,UB-PNV,Kế toán,,01.003,01/06/2015,";
        PersonChange.Create c = assertInstanceOf(PersonChange.Create.class, only(Fixtures.state().build(), line));
        assertEquals(new PersonFields("Lê Thị Bình", LocalDate.of(1990, 2, 1), Vocabulary.Sex.FEMALE, "Kinh", false,
                StaffCategory.VIEN_CHUC, false), c.fields());
        assertEquals(new PersonChange.NewMembership(1, "UB-PNV", "Kế toán", UnitRole.MEMBER, Fixtures.TODAY), c.membership());
        assertEquals(new PersonChange.GradeChange(null, null, "01.003", LocalDate.of(2015, 6, 1)), c.grade());
    }

    @Test
    @DisplayName("Re-importing what is stored changes nothing: every row unchanged, no revision values")
    void reimportUnchanged() {
        ExistingState state = Fixtures.state().ha().build();
        assertInstanceOf(PersonChange.Unchanged.class, only(state, Fixtures.HA));
        assertInstanceOf(PersonChange.Unchanged.class, only(state, Fixtures.HA.replace("CB001", "cb001")),
                "staff codes compare case-insensitively, like the database");
        assertInstanceOf(PersonChange.Unchanged.class, only(state, Fixtures.HA.replace("Nguyễn", "Nguye\u0302\u0303n")),
                "a decomposed (NFD) name equals the stored NFC name");
        assertInstanceOf(PersonChange.Unchanged.class,
                only(state, Fixtures.HA.replace(",01/01/2024", ",05/05/2025")),
                "the same unit, position and role from another date is no change");
    }

    @Test
    @DisplayName("Only the changed own fields are updated, with their before/after values for the revision")
    void updateFields() {
        ExistingState state = Fixtures.state().ha().build();
        PersonChange.Update u = assertInstanceOf(PersonChange.Update.class,
                only(state, Fixtures.HA.replace("Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hằng").replace(",Không,Công chức,Không,", ",Có,Công chức,Có,")));
        assertEquals(map("fullName", "Nguyễn Thị Thu Hà", "minorityArea", false, "standingCommitteeManaged", false), u.before());
        assertEquals(map("fullName", "Nguyễn Thị Thu Hằng", "minorityArea", true, "standingCommitteeManaged", true), u.after());
        assertEquals("nguyen thi thu hang", u.fields().searchName());
        assertNull(u.membership());
        assertNull(u.grade());
        assertEquals("{\"fullName\":\"Nguyễn Thị Thu Hằng\",\"minorityArea\":true,\"standingCommitteeManaged\":true}",
                ImportJson.values(u.after()));
    }

    @Test
    @DisplayName("ORG-9: a new unit, position or role closes the open membership on the effective date and opens a new one")
    void membershipChange() {
        ExistingState state = Fixtures.state().ha().build();
        PersonChange.Update u = assertInstanceOf(PersonChange.Update.class, only(state,
                Fixtures.HA.replace("UB-PNV,Chuyên viên,Thành viên", "UB-VP,Phó Chánh Văn phòng,Phó").replace(",01/01/2024", ",01/03/2025")));
        assertNull(u.fields());
        assertEquals(501L, u.closeMembershipId());
        assertEquals(new PersonChange.NewMembership(2, "UB-VP", "Phó Chánh Văn phòng", UnitRole.DEPUTY,
                LocalDate.of(2025, 3, 1)), u.membership());
        assertEquals(map("unitCode", "UB-PNV", "positionTitle", "Chuyên viên", "unitRole", "MEMBER",
                "membershipFrom", "2024-01-01"), u.before());
        assertEquals("UB-VP", u.after().get("unitCode"));

        PersonChange.Update roleOnly = assertInstanceOf(PersonChange.Update.class,
                only(state, Fixtures.HA.replace(",Thành viên,", ",Trưởng,").replace(",01/01/2024", ",")));
        assertEquals(UnitRole.HEAD, roleOnly.membership().role());
        assertEquals(Fixtures.TODAY, roleOnly.membership().validFrom());
    }

    @Test
    @DisplayName("ORG-5: a blank role keeps the stored role in the same unit, and means member in another unit")
    void blankRole() {
        ExistingState state = Fixtures.state().person("CB005", new PersonFields("Phạm Văn Minh", LocalDate.of(1975, 5, 5),
                        Vocabulary.Sex.MALE, "Kinh", false, StaffCategory.CONG_CHUC, false),
                new ExistingState.CurrentMembership(505, 1, "UB-PNV", "Trưởng phòng", UnitRole.HEAD, LocalDate.of(2022, 1, 1)),
                null).build();
        assertInstanceOf(PersonChange.Unchanged.class, only(state, "CB005,Phạm Văn Minh,,,,,,,UB-PNV,Trưởng phòng,,,,"));
        PersonChange.Update moved = assertInstanceOf(PersonChange.Update.class,
                only(state, "CB005,Phạm Văn Minh,,,,,,,UB-VP,Chuyên viên,,,,"));
        assertEquals(UnitRole.MEMBER, moved.membership().role());
    }

    @Test
    @DisplayName("ORG-9: a membership change on or before the open membership's start is refused")
    void membershipDateConflict() {
        PersonImportCheck.Result r = check(Fixtures.state().ha().build(),
                Fixtures.HA.replace("UB-PNV", "UB-VP").replace(",01/01/2024", ",01/01/2023"));
        assertEquals(List.of(new ImportError(2, "Ngày hiệu lực", "01/01/2023",
                "Ngày hiệu lực 01/01/2023 phải sau ngày bắt đầu công tác hiện tại tại đơn vị UB-PNV (01/01/2024).")),
                r.errors());
        assertTrue(r.plan().changes().isEmpty());
    }

    @Test
    @DisplayName("ORG-4: a new grade closes the open appointment and adds one; the same grade with another date is a correction")
    void gradeChange() {
        ExistingState state = Fixtures.state().ha().build();
        PersonChange.Update u = assertInstanceOf(PersonChange.Update.class,
                only(state, Fixtures.HA.replace("01.003,01/06/2015", "01.002,01/01/2025")));
        assertEquals(new PersonChange.GradeChange(701L, null, "01.002", LocalDate.of(2025, 1, 1)), u.grade());
        assertEquals(map("gradeCode", "01.003", "gradeAppointedOn", "2015-06-01"), u.before());

        PersonChange.Update fix = assertInstanceOf(PersonChange.Update.class,
                only(state, Fixtures.HA.replace("01/06/2015", "01/07/2015")));
        assertEquals(new PersonChange.GradeChange(null, 701L, "01.003", LocalDate.of(2015, 7, 1)), fix.grade());

        PersonImportCheck.Result r = check(state, Fixtures.HA.replace("01.003,01/06/2015", "01.004,01/01/2012"));
        assertEquals("Ngày bổ nhiệm ngạch 01/01/2012 phải sau ngày bổ nhiệm ngạch hiện tại 01.003 (01/06/2015).",
                r.errors().get(0).message());
    }

    @Test
    @DisplayName("Blank cells keep the stored values of a known person (no default overwrites them)")
    void blankKeeps() {
        ExistingState state = Fixtures.state().person("CB002", new PersonFields("Trần Văn Đức", LocalDate.of(1970, 9, 2),
                Vocabulary.Sex.MALE, "Tày", true, StaffCategory.CAN_BO, true), null, null).build();
        assertInstanceOf(PersonChange.Unchanged.class, only(state, "CB002,Trần Văn Đức,,,,,,,,,,,,"));
        PersonChange.Update u = assertInstanceOf(PersonChange.Update.class,
                only(state, "CB002,Trần Văn Đức,,,,,,,UB-VP,Chánh Văn phòng,Trưởng,01.002,15/08/2010,"));
        assertNull(u.closeMembershipId(), "no open membership to close");
        assertEquals(Fixtures.TODAY, u.membership().validFrom());
        assertEquals(new PersonChange.GradeChange(null, null, "01.002", LocalDate.of(2010, 8, 15)), u.grade());
        assertEquals(map(), u.before());
    }

    @Test
    @DisplayName("ASCII folding of names: đ → d, combining marks stripped, lower case, single spaces")
    void folding() {
        PersonFields ha = new PersonFields("Nguyễn Thị Thu Hà", null, null, null, false, null, false);
        assertEquals("nguyen thi thu ha", ha.searchName());
        assertEquals("dang dinh duc", new PersonFields("ĐẶNG  Đình Đức", null, null, null, false, null, false).searchName());
        assertEquals("nguyen", new PersonFields("Nguye\u0302\u0303n", null, null, null, false, null, false).searchName());
        assertEquals("hoang thi ngoc anh", new PersonFields("Hoàng Thị Ngọc Ánh", null, null, null, false, null, false)
                .searchName());
    }
}
