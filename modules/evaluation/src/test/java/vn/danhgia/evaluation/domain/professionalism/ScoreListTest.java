package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.platform.rules.RulePackRef;

class ScoreListTest {

    @Test
    @DisplayName("PRO-4: sheet scores are stored as plain decimals and read back equal; totals add them")
    void roundTrip() {
        List<BigDecimal> scores = List.of(new BigDecimal("10.0"), new BigDecimal("9.5"), new BigDecimal("8"));
        String stored = ScoreList.format(scores);
        assertEquals("10;9.5;8", stored);
        assertEquals(new BigDecimal("27.5"), ScoreList.total(ScoreList.parse(stored)));
        assertTrue(ScoreList.parse(null).isEmpty());
    }

    @Test
    @DisplayName("RP-1: the input fingerprint changes with the facts and with the rule pack version, not otherwise")
    void fingerprint() {
        SheetFacts facts = new SheetFacts("04", List.of(), 3, List.of(), false, null, false, false, null, 0);
        SheetFacts same = new SheetFacts("04", List.of(), 3, List.of(), false, null, false, false, null, 0);
        SheetFacts absent = new SheetFacts("04", List.of(), 3, List.of(), false, null, false, false, null, 15);
        RulePackRef v1 = new RulePackRef("PRO", 1);
        assertEquals(InputFingerprint.of(facts, v1), InputFingerprint.of(same, v1));
        assertNotEquals(InputFingerprint.of(facts, v1), InputFingerprint.of(absent, v1));
        assertNotEquals(InputFingerprint.of(facts, v1), InputFingerprint.of(facts, new RulePackRef("PRO", 2)));
    }
}
