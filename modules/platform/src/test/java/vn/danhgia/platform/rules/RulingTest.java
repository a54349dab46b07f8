package vn.danhgia.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RulingTest {

    private static final RulePackRef PACK = new RulePackRef("PRO-LB-2023", 1);

    @Test
    @DisplayName("RP-2: a ruling keeps every finding and reports the failed ones with their facts")
    void keepsFindings() {
        Finding total = Finding.pass("PRO-7", "Tổng điểm 285 ≥ 280");
        Finding item = new Finding("PRO-7", false, "Tiêu chí 12 đạt 7,5 < 8", Map.of("item", "12", "score", "7.5"));
        Ruling<String> ruling = new Ruling<>("NOT_PROFESSIONAL", List.of(total, item), PACK);

        assertFalse(ruling.allPassed());
        assertEquals(List.of(item), ruling.failed());
        assertEquals("7.5", ruling.failed().get(0).facts().get("score"));
        assertEquals("PRO-LB-2023 v1", ruling.rulePack().toString());
    }

    @Test
    @DisplayName("RP-1: a ruling cannot be made without the rule pack version that produced it")
    void needsRulePack() {
        assertThrows(NullPointerException.class, () -> new Ruling<>("X", List.of(), null));
    }

    @Test
    @DisplayName("RP-2: the findings of a ruling cannot be changed afterwards")
    void immutable() {
        List<Finding> findings = new ArrayList<>(List.of(Finding.pass("PRO-5", "ok")));
        Ruling<String> ruling = new Ruling<>("PROFESSIONAL", findings, PACK);
        findings.add(Finding.fail("PRO-5", "added later"));
        assertTrue(ruling.allPassed());
        assertThrows(UnsupportedOperationException.class, () -> ruling.findings().add(Finding.pass("X", "y")));
    }
}
