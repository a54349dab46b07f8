package vn.danhgia.evaluation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.tasks.Mon3RulePack;
import vn.danhgia.evaluation.domain.tasks.PeriodKind;

class Mon3RulePackLoaderTest {

    private static final String VALID = """
            {"code": "MON3", "version": 2, "title": "t", "legalBasis": "b", "effectiveFrom": "2023-01-01",
             "effectiveTo": null, "assignment": {"assignBeforeDay": 10},
             "periods": {"HEAD": "QUARTER", "DEPUTY": "QUARTER", "MEMBER": "MONTH"}}""";

    @Test
    @DisplayName("MON-3: the shipped pack assigns before the 5th, per quarter for heads, per month for others")
    void defaultPack() {
        Mon3RulePack pack = Mon3RulePackLoader.defaultPack();
        assertEquals(5, pack.assignBeforeDay());
        assertEquals(PeriodKind.QUARTER, pack.periodOf("HEAD"));
        assertEquals(PeriodKind.MONTH, pack.periodOf("DEPUTY"));
        assertEquals(PeriodKind.MONTH, pack.periodOf("MEMBER"));
        assertEquals("MON3", pack.code());
    }

    @Test
    @DisplayName("MON-3: a pack's values are read, not assumed")
    void readsValues() {
        Mon3RulePack pack = Mon3RulePackLoader.fromJson(VALID);
        assertEquals(10, pack.assignBeforeDay());
        assertEquals(PeriodKind.QUARTER, pack.periodOf("DEPUTY"));
    }

    @Test
    @DisplayName("MON-3: unknown keys, a missing role, a bad period and an impossible day are rejected with their place")
    void strict() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mon3RulePackLoader.fromJson(
                VALID.replace("\"assignBeforeDay\"", "\"assignBefore\""))).getMessage().contains("assignment.assignBefore"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mon3RulePackLoader.fromJson(
                VALID.replace("\"DEPUTY\": \"QUARTER\", ", ""))).getMessage().contains("periods.DEPUTY"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mon3RulePackLoader.fromJson(
                VALID.replace("\"MEMBER\": \"MONTH\"", "\"MEMBER\": \"WEEK\""))).getMessage().contains("periods.MEMBER"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mon3RulePackLoader.fromJson(
                VALID.replace("10", "31"))).getMessage().contains("assignBeforeDay"));
        assertThrows(IllegalArgumentException.class, () -> Mon3RulePackLoader.fromJson("{"));
    }
}
