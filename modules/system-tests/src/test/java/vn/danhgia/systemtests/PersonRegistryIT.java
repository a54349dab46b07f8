package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.NewUnit;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonEdit;
import vn.danhgia.organization.api.people.PersonFactsFacade;
import vn.danhgia.organization.api.people.AbsenceFacade;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.systemtests.support.Deployments;

/** Runs inside Payara: the staff registry read model on MariaDB (RULES.md ORG-2, ORG-4, ORG-9). */
@ExtendWith(ArquillianExtension.class)
class PersonRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(PersonRegistryIT.class);
    }

    @Inject
    PersonFacade people;

    @Inject
    UnitFacade units;

    @Inject
    PersonFactsFacade facts;

    @Inject
    AbsenceFacade absences;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    private String tag;
    private UnitView oldWard;
    private UnitView newWard;

    @BeforeEach
    void people() throws Exception {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        oldWard = units.create(new NewUnit("O" + tag, "Phường Cũ " + tag, "Phường", UnitKind.WARD_PEOPLES_COMMITTEE,
                Block.GOVERNMENT, null, LocalDate.of(2023, 1, 1)));
        newWard = units.create(new NewUnit("N" + tag, "Phường Mới " + tag, "Phường", UnitKind.WARD_PEOPLES_COMMITTEE,
                Block.GOVERNMENT, null, LocalDate.of(2025, 7, 1)));
        try (Connection c = dataSource.getConnection()) {
            long ha = person(c, tag + "1", "Nguyễn Thị Thu Hà " + tag, "nguyen thi thu ha " + tag.toLowerCase(), "FEMALE");
            long duc = person(c, tag + "2", "Trần Văn Đức " + tag, "tran van duc " + tag.toLowerCase(), "MALE");
            membership(c, ha, oldWard.id(), "Chuyên viên", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 7, 1));
            membership(c, ha, newWard.id(), "Chuyên viên", LocalDate.of(2025, 7, 1), null);
            membership(c, duc, oldWard.id(), "Chủ tịch", LocalDate.of(2023, 1, 1), null);
            grade(c, ha, "01.004", LocalDate.of(2015, 3, 1));
            grade(c, ha, "01.003", LocalDate.of(2021, 6, 1));
        }
    }

    @Test
    @DisplayName("ORG-2: a name typed without diacritics finds the person (\"nguyen thi thu ha\" finds Nguyễn Thị Thu Hà)")
    void diacriticsInsensitiveSearch() {
        PersonPage page = people.search(query("nguyen thi thu ha " + tag.toLowerCase(), null, null, LocalDate.of(2024, 1, 1)));
        assertEquals(1, page.total());
        assertEquals("Nguyễn Thị Thu Hà " + tag, page.items().get(0).fullName());
        assertEquals(1, people.search(query("NGUYỄN THỊ THU HÀ " + tag, null, null, null)).total());
    }

    @Test
    @DisplayName("ORG-9: the unit shown is the one of the date: before and after the July 2025 merge")
    void unitAtDate() {
        PersonSummary in2023 = only(people.search(query("thu ha " + tag.toLowerCase(), null, null, LocalDate.of(2023, 6, 30))));
        PersonSummary in2026 = only(people.search(query("thu ha " + tag.toLowerCase(), null, null, LocalDate.of(2026, 1, 1))));
        assertEquals(oldWard.id(), in2023.unitId());
        assertEquals(newWard.id(), in2026.unitId());
        assertEquals(1, people.search(query(null, oldWard.id(), null, LocalDate.of(2026, 1, 1))).total(),
                "only Đức is still in the old unit in 2026");
    }

    @Test
    @DisplayName("ORG-4: the grade shown is the latest appointment on the date; filtering by grade uses it")
    void gradeAtDate() {
        assertEquals("01.004", only(people.search(query("thu ha " + tag.toLowerCase(), null, null, LocalDate.of(2020, 1, 1)))).gradeCode());
        assertEquals("01.003", only(people.search(query("thu ha " + tag.toLowerCase(), null, null, LocalDate.of(2022, 1, 1)))).gradeCode());
        PersonQuery byGrade = new PersonQuery(tag.toLowerCase(), null, null, "01.003", LocalDate.of(2022, 1, 1),
                PersonQuery.SortField.FULL_NAME, true, 0, 10);
        assertEquals(1, people.search(byGrade).total());
    }

    @Test
    @DisplayName("The staff list sorts and pages; the detail shows the membership history")
    void sortPageDetail() {
        PersonQuery byName = new PersonQuery(tag.toLowerCase(), null, StaffCategory.CONG_CHUC, null, LocalDate.of(2024, 1, 1),
                PersonQuery.SortField.FULL_NAME, false, 0, 1);
        PersonPage first = people.search(byName);
        assertEquals(2, first.total());
        assertEquals(1, first.items().size());
        assertTrue(first.items().get(0).fullName().startsWith("Trần"), "descending by name: Trần before Nguyễn");

        PersonDetail detail = people.detail(only(people.search(query("thu ha " + tag.toLowerCase(), null, null, null))).id())
                .orElseThrow();
        List<PersonDetail.Membership> history = detail.memberships();
        assertEquals(2, history.size());
        assertEquals(LocalDate.of(2025, 7, 1), history.get(0).validFrom());
        assertEquals(2, detail.grades().size());
        assertThrows(IllegalArgumentException.class, () -> new PersonQuery(null, null, null, null, null, null, true, 0, 0));

        PersonQuery byUnit = new PersonQuery(tag.toLowerCase(), null, null, null, LocalDate.of(2026, 1, 1),
                PersonQuery.SortField.UNIT, true, 0, 10);
        List<PersonSummary> unitOrder = people.search(byUnit).items();
        assertEquals(List.of(oldWard.id(), newWard.id()), unitOrder.stream().map(PersonSummary::unitId).toList(),
                "sorted by unit in tree (creation) order");
    }

    @Test
    @DisplayName("A correction keeps the old values in the history; a stale version is refused and changes nothing")
    void correctionWithHistoryAndLocking() {
        PersonDetail before = people.detail(only(people.search(query("thu ha " + tag.toLowerCase(), null, null, null))).id())
                .orElseThrow();
        PersonEdit edit = new PersonEdit(before.id(), before.version(), "Nguyễn Thị Thu Hằng " + tag, before.birthDate(),
                before.sex(), before.ethnicity(), before.minorityArea(), before.category(), true, "Sửa theo căn cước");
        PersonDetail after = people.update(edit, "it");
        assertEquals("Nguyễn Thị Thu Hằng " + tag, after.fullName());
        assertEquals(before.version() + 1, after.version());
        assertEquals(1, after.revisions().size());
        assertTrue(after.revisions().get(0).beforeJson().contains("Nguyễn Thị Thu Hà " + tag));
        assertEquals(1, people.search(query("thu hang " + tag.toLowerCase(), null, null, null)).total(),
                "the search key follows the new name");

        Exception stale = assertThrows(Exception.class, () -> people.update(new PersonEdit(before.id(), before.version(),
                "Người Khác", before.birthDate(), before.sex(), before.ethnicity(), false, before.category(), false,
                "ghi đè"), "someone-else"));
        assertTrue(String.valueOf(stale.getCause() == null ? stale.getMessage() : stale.getCause().getMessage())
                .contains("vừa được người khác sửa"), stale.toString());
        assertEquals("Nguyễn Thị Thu Hằng " + tag, people.detail(before.id()).orElseThrow().fullName());
    }

    @Test
    @DisplayName("ORG-6, ORG-8: qualifications with the attributes EXM reads, discipline and inspection records are kept and shown")
    void qualificationsDisciplineInspection() throws Exception {
        long id = only(people.search(query("tran van duc " + tag.toLowerCase(), null, null, null))).id();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_qualification (person_id, kind, name, level, field, institution, country,"
                    + " language_of_instruction, full_time, issued_on, expires_on, framework_level, score) VALUES (" + id
                    + ", 'FOREIGN_LANGUAGE', 'IELTS', 'IELTS', 'Tiếng Anh', 'British Council', 'Anh', 'en', NULL,"
                    + " '2024-03-01', '2026-03-01', 'B2', 6.5)");
            s.executeUpdate("INSERT INTO org_qualification (person_id, kind, name, level, field, country, full_time, issued_on)"
                    + " VALUES (" + id + ", 'DEGREE', 'Cử nhân Luật', 'BACHELOR', 'Luật', 'Việt Nam', TRUE, '2008-06-30')");
            s.executeUpdate("INSERT INTO org_discipline (person_id, system, measure, in_force_from, in_force_to, decision)"
                    + " VALUES (" + id + ", 'PARTY', 'Khiển trách', '2023-02-01', '2024-02-01', 'QĐ 12-QĐ/UBKT')");
            s.executeUpdate("INSERT INTO org_inspection (person_id, kind, start_date, conclusion) VALUES (" + id
                    + ", 'UNDER_INSPECTION', '2023-05-10', NULL)");
        }
        PersonDetail detail = people.detail(id).orElseThrow();
        PersonDetail.Qualification ielts = detail.qualifications().stream().filter(q -> q.name().equals("IELTS"))
                .findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("6.5").compareTo(ielts.score()));
        assertEquals(LocalDate.of(2026, 3, 1), ielts.expiresOn());
        assertEquals("B2", ielts.frameworkLevel());
        assertEquals(Boolean.TRUE, detail.qualifications().stream().filter(q -> q.kind().equals("DEGREE"))
                .findFirst().orElseThrow().fullTime());
        assertEquals("Khiển trách", detail.disciplines().get(0).measure());
        assertEquals(LocalDate.of(2024, 2, 1), detail.disciplines().get(0).inForceTo());
        assertEquals("UNDER_INSPECTION", detail.inspections().get(0).kind());
    }

    @Test
    @DisplayName("ORG-9, ORG-7, ORG-4: a transfer closes the old membership; absences and grades are added; a stale page is refused")
    void factsAreDatedAndLocked() {
        PersonDetail p = people.detail(only(people.search(query("tran van duc " + tag.toLowerCase(), null, null, null))).id())
                .orElseThrow();
        PersonDetail moved = facts.transfer(new PersonFactsFacade.MembershipChange(p.id(), p.version(), newWard.id(),
                "Chủ tịch", "HEAD", "PRIMARY", LocalDate.of(2025, 7, 1), "QĐ thử"), "it");
        assertEquals(p.version() + 1, moved.version());
        assertEquals(oldWard.id(), only(people.search(query("tran van duc " + tag.toLowerCase(), null, null,
                LocalDate.of(2025, 6, 30)))).unitId());
        assertEquals(newWard.id(), only(people.search(query("tran van duc " + tag.toLowerCase(), null, null,
                LocalDate.of(2025, 7, 1)))).unitId());

        PersonDetail withAbsence = facts.addAbsence(new PersonFactsFacade.NewAbsence(p.id(), moved.version(), "SICK",
                LocalDate.of(2023, 8, 14), LocalDate.of(2023, 9, 5), "Ốm"), "it");
        assertEquals(15, absences.workingDaysAbsent(p.id(), java.util.Set.of("SICK"), LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 9, 30)), "PRO-8: 15 working days across the 2023 National Day holidays");

        Exception stale = assertThrows(Exception.class, () -> facts.addAbsence(new PersonFactsFacade.NewAbsence(p.id(),
                p.version(), "ANNUAL", LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 3), null), "it"));
        assertTrue(String.valueOf(stale.getCause() == null ? stale.getMessage() : stale.getCause().getMessage())
                .contains("người khác"), stale.toString());
        assertEquals(1, people.detail(p.id()).orElseThrow().absences().size(), "the stale change wrote nothing");

        PersonDetail titled = facts.addEmulationTitle(new PersonFactsFacade.NewEmulationTitle(p.id(), withAbsence.version(),
                "Chiến sĩ thi đua cơ sở", "Cơ sở", 2023, LocalDate.of(2023, 12, 20)), "it");
        assertEquals("Chiến sĩ thi đua cơ sở", titled.emulationTitles().get(0).title());
        Exception badYear = assertThrows(Exception.class, () -> facts.addEmulationTitle(new PersonFactsFacade.NewEmulationTitle(
                p.id(), titled.version(), "Giáo viên dạy giỏi", "Trường", 1974, null), "it"));
        assertEquals(1, people.detail(p.id()).orElseThrow().emulationTitles().size(), "a refused title is not stored");
        assertTrue(badYear.toString().length() > 0);

        Exception backwards = assertThrows(Exception.class, () -> facts.addAbsence(new PersonFactsFacade.NewAbsence(p.id(),
                titled.version(), "ANNUAL", LocalDate.of(2023, 10, 3), LocalDate.of(2023, 10, 2), null), "it"));
        assertTrue(String.valueOf(backwards.getCause() == null ? backwards.getMessage() : backwards.getCause().getMessage())
                .contains("Ngày kết thúc"), backwards.toString());
    }

    private static PersonQuery query(String name, Long unitId, StaffCategory category, LocalDate asOf) {
        return new PersonQuery(name, unitId, category, null, asOf, PersonQuery.SortField.FULL_NAME, true, 0, 50);
    }

    private static PersonSummary only(PersonPage page) {
        assertEquals(1, page.total(), () -> "expected one person, got " + page.items());
        return page.items().get(0);
    }

    private static long person(Connection c, String code, String name, String search, String sex) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_person (staff_code, full_name, search_name, birth_date,"
                + " sex, category, created_at, updated_at) VALUES (?, ?, ?, '1985-05-05', ?, 'CONG_CHUC', NOW(), NOW())",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, search);
            s.setString(4, sex);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void membership(Connection c, long person, long unit, String title, LocalDate from, LocalDate to)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_membership (person_id, unit_id, position_title,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, person);
            s.setLong(2, unit);
            s.setString(3, title);
            s.setObject(4, from);
            s.setObject(5, to);
            s.executeUpdate();
        }
    }

    private static void grade(Connection c, long person, String code, LocalDate on) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO org_grade_appointment (person_id, grade_code, appointed_on) VALUES (?, ?, ?)")) {
            s.setLong(1, person);
            s.setString(2, code);
            s.setObject(3, on);
            s.executeUpdate();
        }
    }
}
