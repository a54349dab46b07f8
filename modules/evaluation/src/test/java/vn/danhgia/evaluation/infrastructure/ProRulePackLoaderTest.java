package vn.danhgia.evaluation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Dated;
import vn.danhgia.evaluation.domain.professionalism.CriteriaSet;
import vn.danhgia.evaluation.domain.professionalism.Criterion;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.QuarterDeadlines;
import vn.danhgia.platform.rules.RulePackRef;

class ProRulePackLoaderTest {

    private static final ProRulePack PACK = ProRulePackLoader.defaultPack();
    private static final String SAMPLE_LABEL =
            "Bộ tiêu chí mẫu — chỉ để minh họa; quản trị viên nhập bộ tiêu chí chính thức";

    static String json() {
        try (InputStream in = ProRulePackLoaderTest.class.getResourceAsStream(ProRulePackLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("RP-1: the PRO pack is data with a code, a version, its legal basis and its effective period")
    void identity() {
        assertEquals(new RulePackRef("PRO", 1), PACK.ref());
        assertTrue(PACK.legalBasis().contains("683-QĐ/QU ngày 11/01/2023"), PACK.legalBasis());
        assertTrue(PACK.legalBasis().contains("Long Biên"), PACK.legalBasis());
        assertEquals(LocalDate.of(2023, 1, 1), PACK.effectiveFrom());
        assertEquals(null, PACK.effectiveTo());
        assertTrue(PACK.appliesOn(LocalDate.of(2023, 3, 31)));
        assertFalse(PACK.appliesOn(LocalDate.of(2022, 12, 31)));
        assertSame(DefaultRulePacks.pro(), DefaultRulePacks.pro(), "read once");
    }

    @Test
    @DisplayName("PRO-4: the scale is 1 to 10 in steps of 0.5")
    void scale() {
        assertEquals(0, BigDecimal.ONE.compareTo(PACK.scale().min()));
        assertEquals(0, BigDecimal.TEN.compareTo(PACK.scale().max()));
        assertEquals(0, new BigDecimal("0.5").compareTo(PACK.scale().step()));
    }

    @Test
    @DisplayName("PRO-3/PRO-5: form choice threshold 20; every month HTT or better and at least one HTXS")
    void choiceAndMonthly() {
        assertEquals(20, PACK.formChoice().largeUnitThreshold());
        assertEquals("03", PACK.formChoice().standingCommitteeForm());
        assertEquals("04", PACK.formChoice().smallUnitForm());
        assertEquals("05", PACK.formChoice().largeUnitForm());
        assertEquals(MonthlyLevel.HTT, PACK.monthly().minimumLevel());
        assertEquals(MonthlyLevel.HTXS, PACK.monthly().requiredLevel());
        assertEquals(1, PACK.monthly().requiredMonths());
        assertEquals(3, PACK.monthly().monthsPerQuarter());
    }

    @Test
    @DisplayName("PRO-7: forms 04 and 05 have 30 criteria, 20 mandatory at 10, the others ≥ 8, total 280–300")
    void forms0405() {
        for (String code : List.of("04", "05")) {
            FormDefinition form = PACK.form(code).orElseThrow();
            assertEquals(30, form.criteriaCount());
            assertEquals(20, form.mandatoryCount());
            assertEquals(0, new BigDecimal("280").compareTo(form.totalMin()));
            assertEquals(0, new BigDecimal("300").compareTo(form.totalMax()));
            assertEquals(0, BigDecimal.TEN.compareTo(form.mandatoryScore()));
            assertEquals(0, new BigDecimal("8").compareTo(form.otherMinScore()));
            assertEquals("PRO-7", form.ruleId());
        }
        assertSame(PACK.form("04").orElseThrow().criteriaSet(), PACK.form("05").orElseThrow().criteriaSet());
    }

    @Test
    @DisplayName("PRO-13: the shipped criteria texts are a labelled SAMPLE: 45 (30 mandatory) for form 03, 30 (20 mandatory) for 04/05")
    void sampleCriteria() {
        CriteriaSet leaders = PACK.form("03").orElseThrow().criteriaSet();
        CriteriaSet staff = PACK.form("04").orElseThrow().criteriaSet();
        assertEquals(45, leaders.criteria().size());
        assertEquals(30, leaders.mandatoryCount());
        assertEquals(30, staff.criteria().size());
        assertEquals(20, staff.mandatoryCount());
        for (CriteriaSet set : List.of(leaders, staff)) {
            assertTrue(set.sample());
            assertEquals(CriteriaSet.Status.SAMPLE, set.status());
            assertEquals(SAMPLE_LABEL, set.label());
            assertEquals(set.criteria().size(),
                    new HashSet<>(set.criteria().stream().map(Criterion::text).toList()).size(), "texts are distinct");
            for (int i = 0; i < set.criteria().size(); i++) {
                Criterion c = set.criteria().get(i);
                assertEquals(i + 1, c.number());
                assertFalse(c.text().isBlank());
                assertFalse(c.group().isBlank());
            }
        }
    }

    @Test
    @DisplayName("PRO-11: the quarter's deadlines: 25, 27, 28, 30 of the last month; results published by the 3rd of the next quarter")
    void quarterDeadlines() {
        QuarterDeadlines.Schedule q3 = PACK.deadlines().forQuarter(2023, 3);
        assertEquals(LocalDate.of(2023, 9, 25), q3.selfAssessment());
        assertEquals(LocalDate.of(2023, 9, 27), q3.evaluator());
        assertEquals(LocalDate.of(2023, 9, 28), q3.unitSummary());
        assertEquals(LocalDate.of(2023, 9, 30), q3.focalBody());
        assertEquals(LocalDate.of(2023, 10, 3), q3.publication());
        assertEquals(LocalDate.of(2024, 1, 3), PACK.deadlines().forQuarter(2023, 4).publication());
        assertThrows(IllegalArgumentException.class, () -> PACK.deadlines().forQuarter(2023, 5));
    }

    @Test
    @DisplayName("PRO-1: commitments — schools 20/9 (published 25/9), others 20/01 (25/01); 2023: 28/02 for all")
    void commitmentDeadlines() {
        CommitmentRule rule = PACK.commitment();
        assertEquals(List.of(new Dated(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 25), false)),
                rule.deadlines(2024, CommitmentRule.Group.OTHERS));
        assertEquals(List.of(new Dated(LocalDate.of(2024, 9, 20), LocalDate.of(2024, 9, 25), false)),
                rule.deadlines(2024, CommitmentRule.Group.SCHOOLS));
        assertEquals(List.of(new Dated(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 2, 28), true)),
                rule.deadlines(2023, CommitmentRule.Group.OTHERS));
        assertEquals(List.of(new Dated(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 2, 28), true),
                        new Dated(LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 25), false)),
                rule.deadlines(2023, CommitmentRule.Group.SCHOOLS));
        assertEquals(1, rule.lateSigningAbsenceMinMonths());
        assertEquals(java.util.Set.of("MATERNITY", "UNPAID", "SICK", "ANNUAL", "PERSONAL_LONG"),
                rule.lateSigningAbsenceKinds());
    }

    @Test
    @DisplayName("RP-1: a misspelt key is rejected with its place, not silently ignored")
    void unknownKey() {
        String broken = json().replace("\"minWorkingDays\"", "\"minWorkingDay\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProRulePackLoader.fromJson(broken));
        assertTrue(e.getMessage().contains("absence.minWorkingDay: unknown key"), e.getMessage());
    }

    @Test
    @DisplayName("PRO-13: a criteria set that does not match the prescribed counts is rejected")
    void countMismatch() {
        String broken = json().replaceFirst("\"criteriaCount\": 30", "\"criteriaCount\": 31");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProRulePackLoader.fromJson(broken));
        assertTrue(e.getMessage().contains("forms[1]") && e.getMessage().contains("prescribes 31"), e.getMessage());

        String mandatory = json().replaceFirst("\"mandatoryCount\": 20", "\"mandatoryCount\": 21");
        e = assertThrows(IllegalArgumentException.class, () -> ProRulePackLoader.fromJson(mandatory));
        assertTrue(e.getMessage().contains("prescribes 21"), e.getMessage());
    }

    @Test
    @DisplayName("RP-1: malformed JSON, a missing key and a threshold off the scale are rejected")
    void otherErrors() {
        assertThrows(IllegalArgumentException.class, () -> ProRulePackLoader.fromJson("{"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ProRulePackLoader.fromJson(json().replace("\"largeUnitThreshold\": 20,", "")));
        assertTrue(missing.getMessage().contains("formChoice.largeUnitThreshold: required"), missing.getMessage());
        IllegalArgumentException offScale = assertThrows(IllegalArgumentException.class,
                () -> ProRulePackLoader.fromJson(json().replaceFirst("\"otherMinScore\": 8", "\"otherMinScore\": 8.25")));
        assertTrue(offScale.getMessage().contains("not on the scale"), offScale.getMessage());
    }
}
