package vn.danhgia.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;

class UnitTest {

    @Test
    @DisplayName("ORG-1: a unit is part of the tree from its first valid day")
    void validFrom() {
        Unit ward = new Unit("P14", "Phường Việt Hưng", "Phường", UnitKind.WARD_PEOPLES_COMMITTEE, Block.GOVERNMENT, null, LocalDate.of(2025, 7, 1));
        assertFalse(ward.validOn(LocalDate.of(2025, 6, 30)));
        assertTrue(ward.validOn(LocalDate.of(2025, 7, 1)));
        assertTrue(ward.validOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    @DisplayName("ORG-1: a child's position in the tree follows its parent")
    void sortPath() {
        Unit district = new Unit("UBND", "UBND quận", "UBND", UnitKind.PEOPLES_COMMITTEE, Block.GOVERNMENT, null, LocalDate.of(2023, 1, 1));
        Unit office = new Unit("UB-PNV", "Phòng Nội vụ", "Phòng", UnitKind.HOME_AFFAIRS_OFFICE, Block.GOVERNMENT, district, LocalDate.of(2023, 1, 1));
        assertEquals("UBND/UB-PNV", office.getSortPath());
    }
}
