package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The fingerprints stored with every ruling ({@code eva_ruling.input_hash}) must never change for the same input: a
 * run compares them to decide whether to write a new revision (PUB-2), so a different hash of the same facts would add
 * a needless revision to every sheet. The expected values were computed before {@link CriterionScore#toString} got its
 * hand-written (faster, identical) form.
 */
class InputFingerprintTest {

    private static final RulePackRef PACK = new RulePackRef("PRO", 1);

    @Test
    @DisplayName("RP-1/PUB-2: the fingerprint of the same facts stays the same (stored input_hash values remain valid)")
    void fingerprintsAreStable() {
        List<BigDecimal> values = new ArrayList<>(Collections.nCopies(30, BigDecimal.TEN));
        values.set(8, new BigDecimal("7.5"));
        values.set(0, new BigDecimal("9.5"));
        FormDefinition form = Sheet.PACK.form("04").orElseThrow();
        SheetFacts scored = new SheetFacts("04", SheetFacts.scoresFor(form, values), 2,
                List.of(MonthlyLevel.HTXS, MonthlyLevel.HTT, MonthlyLevel.HT), false, null, false, false, null, 0);
        SheetFacts odd = new SheetFacts("03", Arrays.asList(new CriterionScore(1, null, true),
                new CriterionScore(2, new BigDecimal("1E+1"), false)), null, Arrays.asList(MonthlyLevel.KHT, null),
                true, "Khiển trách (GOVERNMENT)", null, true, new UnitCondition(true, null), 16);
        assertEquals("b7bbf6e153aebc58a5ee0fb02ec037c495b21852800b23863abd822e0021bf0d", InputFingerprint.of(scored, PACK));
        assertEquals("28d768e4d735bb3a95bb42038aca6510df775a323a69e7a8f877555202739741", InputFingerprint.of(odd, PACK));
    }

    @Test
    @DisplayName("CriterionScore prints as a record does")
    void criterionScoreText() {
        assertEquals("CriterionScore[criterion=7, score=9.5, mandatory=true]",
                new CriterionScore(7, new BigDecimal("9.5"), true).toString());
        assertEquals("CriterionScore[criterion=1, score=null, mandatory=false]",
                new CriterionScore(1, null, false).toString());
    }
}
