package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TotalBandsTest {

    private static final ProRulePack PACK = Sheet.PACK;

    @Test
    @DisplayName("PRO-7: forms 04/05 (max 300, pass 280) band totals as <270, 270–279.5, 280–289.5, 290–300")
    void thirtyCriteria() {
        TotalBands bands = TotalBands.of(PACK.form("04").orElseThrow(), PACK.scale());
        assertEquals(List.of(new BigDecimal("270"), new BigDecimal("280"), new BigDecimal("290")), bands.lows());
        assertNull(bands.from(0));
        assertEquals("269.5", bands.to(0).toPlainString());
        assertEquals("279.5", bands.to(1).toPlainString());
        assertEquals("289.5", bands.to(2).toPlainString());
        assertEquals("300", bands.to(3).toPlainString());
        assertEquals(0, bands.bandOf(new BigDecimal("269.5")));
        assertEquals(1, bands.bandOf(new BigDecimal("270")));
        assertEquals(1, bands.bandOf(new BigDecimal("279.5")));
        assertEquals(2, bands.bandOf(new BigDecimal("280.0")));
        assertEquals(3, bands.bandOf(new BigDecimal("290")));
        assertEquals(3, bands.bandOf(new BigDecimal("300")));
        assertEquals(bands, TotalBands.of(PACK.form("05").orElseThrow(), PACK.scale()));
    }

    @Test
    @DisplayName("PRO-6: form 03 (max 450, pass 420) bands as <405, 405–419.5, 420–434.5, 435–450")
    void fortyFiveCriteria() {
        TotalBands bands = TotalBands.of(PACK.form("03").orElseThrow(), PACK.scale());
        assertEquals("405", bands.from(1).toPlainString());
        assertEquals("420", bands.from(2).toPlainString());
        assertEquals("435", bands.from(3).toPlainString());
        assertEquals("434.5", bands.to(2).toPlainString());
        assertEquals(2, bands.bandOf(new BigDecimal("420")));
        assertEquals(1, bands.bandOf(new BigDecimal("419.5")));
        assertEquals(4, bands.count());
    }
}
