package vn.danhgia.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.UnitRow;

class ScaleDatasetTest {

    private static Dataset generate(int people, long seed) throws SQLException {
        Dataset data = new Dataset();
        assertEquals(people, ScaleDataset.generate(data, people, seed));
        return data;
    }

    @Test
    @DisplayName("Scale: exactly N people over district-like subtrees of 37 units; same seed, same rows")
    void exactCountAndDeterministic() throws SQLException {
        Dataset data = generate(4_000, 42);
        assertEquals(4_000, data.people().size());
        assertEquals(3, ScaleDataset.districts(4_000));
        assertEquals(3 * 37, data.units().size());
        assertEquals(150, ScaleDataset.districts(200_000));
        Dataset again = generate(4_000, 42);
        assertEquals(data.people().subList(0, 50), again.people().subList(0, 50));
        assertEquals(data.memberships(), again.memberships());
        assertEquals(data.qualifications(), again.qualifications());
        assertEquals(generate(777, 1).people().size(), 777);
        assertThrows(IllegalArgumentException.class, () -> generate(100, 1));
    }

    @Test
    @DisplayName("Scale codes never collide with the demo; every unit has one head; memberships reference its units")
    void codesHeadsAndReferences() throws SQLException {
        Dataset data = generate(3_000, 7);
        Dataset demo = DemoDataset.generate(DemoDataset.DEFAULT_SEED);
        Set<String> demoUnits = demo.units().stream().map(UnitRow::code).collect(Collectors.toSet());
        Set<String> demoStaff = demo.people().stream().map(PersonRow::staffCode).collect(Collectors.toSet());
        Map<String, UnitRow> units = new HashMap<>();
        for (UnitRow u : data.units()) {
            assertTrue(u.code().startsWith("S"), u.code());
            assertTrue(!demoUnits.contains(u.code()), u.code());
            assertEquals(Kind.valueOf(u.kind()).block, u.block());
            assertNotNull(u.focalCode());
            units.put(u.code(), u);
        }
        for (UnitRow u : data.units()) {
            assertTrue(units.containsKey(u.focalCode()), u.focalCode());
            assertTrue(u.parentCode() == null || units.containsKey(u.parentCode()));
        }
        Set<String> staff = new HashSet<>();
        for (PersonRow p : data.people()) {
            assertTrue(staff.add(p.staffCode()));
            assertTrue(!demoStaff.contains(p.staffCode()));
            assertEquals(Names.fold(p.fullName()), p.searchName());
        }
        Map<String, Integer> heads = new HashMap<>();
        for (MembershipRow m : data.memberships()) {
            assertTrue(units.containsKey(m.unitCode()), m.unitCode());
            if ("HEAD".equals(m.unitRole())) {
                heads.merge(m.unitCode(), 1, Integer::sum);
            }
        }
        for (UnitRow u : data.units()) {
            assertEquals(1, heads.getOrDefault(u.code(), 0), u.code());
        }
    }
}
