package vn.danhgia.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {

    @Test
    @DisplayName("ORG-1: the demo tree lists parents before children, with unique codes and the three blocks")
    void treeIsWellFormed() {
        List<DemoDataset.DemoUnit> units = DemoDataset.units();
        Set<String> seen = new HashSet<>();
        for (DemoDataset.DemoUnit unit : units) {
            assertTrue(unit.parent() == null || seen.contains(unit.parent()), unit.code() + " before its parent");
            assertTrue(seen.add(unit.code()), "duplicate code " + unit.code());
        }
        assertEquals(Set.of("PARTY", "GOVERNMENT", "SCHOOL"),
                units.stream().map(DemoDataset.DemoUnit::block).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("ORG-1: the demo district has the 14 wards of Long Biên, each with Party Committee, People's Committee and Front")
    void fourteenWards() {
        assertEquals(14, DemoDataset.WARDS.size());
        for (String ward : DemoDataset.WARDS) {
            assertEquals(3, DemoDataset.units().stream().filter(u -> u.name().endsWith("phường " + ward)).count(), ward);
        }
    }
}
