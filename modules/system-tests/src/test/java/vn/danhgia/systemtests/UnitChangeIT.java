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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitChange;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.systemtests.support.Deployments;

/** Runs inside Payara: a unit renamed, merged and abolished at a date keeps the old tree (RULES.md ORG-1, ORG-9). */
@ExtendWith(ArquillianExtension.class)
class UnitChangeIT {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(UnitChangeIT.class);
    }

    @Inject
    UnitFacade units;

    @Inject
    PersonFacade people;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Test
    @DisplayName("ORG-1, ORG-9: a rename at a date closes the old unit, opens the new one and moves its people; 2023 still shows the old tree")
    void renameMovesPeople() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        UnitView ward = create("RW" + tag, "Phường Cũ " + tag);
        addPeople(ward.id(), tag, 2);

        UnitChange.Result renamed = units.rename(new UnitChange.Rename(ward.id(), version(ward.id(), START), REFORM,
                "RN" + tag, "Phường Mới " + tag, "NQ thử nghiệm"));
        assertEquals(2, renamed.membershipsMoved());
        assertTrue(units.unitsAsOf(REFORM.minusDays(1)).stream().anyMatch(u -> u.id() == ward.id()));
        assertTrue(units.unitsAsOf(REFORM).stream().noneMatch(u -> u.id() == ward.id()));
        assertEquals(2, inUnit(ward.id(), LocalDate.of(2024, 1, 1)), "2024: the people are in the old unit");
        assertEquals(2, inUnit(renamed.newUnit().id(), LocalDate.of(2026, 1, 1)), "2026: they are in the new one");
        assertEquals(List.of("RENAME"), units.history(renamed.newUnit().id()).stream()
                .map(UnitChange.EventView::kind).toList());
    }

    @org.junit.jupiter.api.BeforeEach
    void demo() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            vn.danhgia.systemtests.support.TestData.ensureDemo(c);
        }
    }

    @Test
    @DisplayName("ORG-1: merging two units moves everybody; a staffed unit cannot be abolished; a stale version is refused")
    void mergeAbolishStale() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        UnitView a = create("MA" + tag, "Phường A " + tag);
        UnitView b = create("MB" + tag, "Phường B " + tag);
        addPeople(a.id(), tag + "A", 2);
        addPeople(b.id(), tag + "B", 1);
        long staleVersion = version(b.id(), START);

        UnitChange.Result merged = units.merge(new UnitChange.Merge(List.of(
                new UnitChange.Source(a.id(), version(a.id(), START)), new UnitChange.Source(b.id(), staleVersion)),
                REFORM, "MN" + tag, "Phường Hợp nhất " + tag, null, null, null, null, null, "NQ thử nghiệm"));
        assertEquals(3, inUnit(merged.newUnit().id(), LocalDate.of(2026, 1, 1)));

        Exception staffed = assertThrows(Exception.class, () -> units.abolish(new UnitChange.Abolish(
                merged.newUnit().id(), version(merged.newUnit().id(), REFORM), LocalDate.of(2026, 1, 1), null)));
        assertTrue(messageOf(staffed).contains("3"), messageOf(staffed));

        long homeAffairs = units.unitsAsOf(LocalDate.now()).stream().filter(u -> u.code().equals("UB-PNV"))
                .findFirst().map(UnitView::id).orElseThrow();
        long mergedId = merged.newUnit().id();
        units.setFocalBody(mergedId, version(mergedId, LocalDate.now()), homeAffairs, "it");
        assertEquals(homeAffairs, units.unitsAsOf(LocalDate.now()).stream().filter(u -> u.id() == mergedId)
                .findFirst().orElseThrow().focalUnitId(), "PRO-11: the unit reports to the Home Affairs Office");
        assertThrows(Exception.class, () -> units.setFocalBody(mergedId, version(mergedId, LocalDate.now()), mergedId, "it"));

        UnitView c = create("MC" + tag, "Phường C " + tag);
        Exception stale = assertThrows(Exception.class, () -> units.abolish(new UnitChange.Abolish(
                c.id(), version(c.id(), START) + 7, LocalDate.of(2024, 1, 1), null)));
        assertTrue(messageOf(stale).contains("người khác"), messageOf(stale));
        units.abolish(new UnitChange.Abolish(c.id(), version(c.id(), START), LocalDate.of(2024, 1, 1), null));
        assertTrue(units.unitsAsOf(LocalDate.of(2024, 1, 1)).stream().noneMatch(u -> u.id() == c.id()));
    }

    private UnitView create(String code, String name) {
        return units.createAt(new UnitChange.Create(code, name, "Phường", UnitKind.WARD_PEOPLES_COMMITTEE,
                Block.GOVERNMENT, null, null, START, null)).newUnit();
    }

    private long version(long unitId, LocalDate on) {
        return units.versionsAsOf(on).get(unitId);
    }

    private long inUnit(long unitId, LocalDate on) {
        return people.search(new PersonQuery(null, unitId, null, null, on, PersonQuery.SortField.FULL_NAME, true, 0, 50))
                .total();
    }

    private void addPeople(long unitId, String tag, int count) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < count; i++) {
                long id;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO org_person (staff_code, full_name, search_name,"
                        + " birth_date, sex, category, created_at, updated_at) VALUES (?, ?, ?, '1980-01-01', 'MALE',"
                        + " 'CONG_CHUC', NOW(), NOW())", Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, "UC" + tag + i);
                    s.setString(2, "Người Thử " + tag + i);
                    s.setString(3, "nguoi thu " + tag.toLowerCase() + i);
                    s.executeUpdate();
                    try (var keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO org_membership (person_id, unit_id, position_title,"
                        + " unit_role, valid_from) VALUES (?, ?, 'Công chức', ?, '2023-01-01')")) {
                    s.setLong(1, id);
                    s.setLong(2, unitId);
                    s.setString(3, i == 0 ? "HEAD" : "MEMBER");
                    s.executeUpdate();
                }
            }
        }
    }

    private static String messageOf(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof vn.danhgia.organization.api.OrganizationException)) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
