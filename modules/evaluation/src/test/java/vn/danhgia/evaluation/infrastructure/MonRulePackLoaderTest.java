package vn.danhgia.evaluation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.monthly.LevelBand;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.platform.rules.RulePackRef;

class MonRulePackLoaderTest {

    private static final MonRulePack PACK = MonRulePackLoader.defaultPack();

    private static String json() {
        try (InputStream in = MonRulePackLoaderTest.class.getResourceAsStream(MonRulePackLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("MON-2: the MON pack — 100 points, HTXS ≥ 90, HTT ≥ 70, HT ≥ 50, KHT below; 2 points per violation, at most 10; HTXS ≤ 30 % (40 %)")
    void defaults() {
        assertEquals(new RulePackRef("MON", 1), PACK.ref());
        assertTrue(PACK.legalBasis().contains("3814-QĐ/TU"));
        assertEquals(0, BigDecimal.ZERO.compareTo(PACK.minScore()));
        assertEquals(0, new BigDecimal("100").compareTo(PACK.maxScore()));
        assertEquals(List.of(MonthlyLevel.HTXS, MonthlyLevel.HTT, MonthlyLevel.HT, MonthlyLevel.KHT),
                PACK.bands().stream().map(LevelBand::level).toList());
        assertEquals(List.of("90", "70", "50", "0"),
                PACK.bands().stream().map(b -> b.minScore().toPlainString()).toList());
        assertEquals(0, new BigDecimal("2").compareTo(PACK.pointsPerViolation()));
        assertEquals(0, BigDecimal.TEN.compareTo(PACK.maxDeductionPerMonth()));
        assertEquals(30, PACK.htxsSharePercent());
        assertEquals(40, PACK.outstandingUnitHtxsSharePercent());
        assertEquals(PACK, DefaultRulePacks.mon());
    }

    @Test
    @DisplayName("MON-2: bands that leave a gap at the bottom or repeat a level are rejected")
    void badBands() {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> MonRulePackLoader.fromJson(
                json().replace("\"level\": \"KHT\",\n      \"minScore\": 0", "\"level\": \"KHT\",\n      \"minScore\": 10")));
        assertTrue(gap.getMessage().contains("worst band must start at the scale minimum"), gap.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> MonRulePackLoader.fromJson(
                json().replace("\"level\": \"HT\",", "\"level\": \"HTT\",")));
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
    }
}
