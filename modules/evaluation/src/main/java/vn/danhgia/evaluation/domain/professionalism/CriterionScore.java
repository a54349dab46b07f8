package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;

/**
 * The score of one criterion of a sheet, with the criterion's mandatory flag as the form
 * definition states it (RULES.md PRO-4, PRO-6, PRO-7).
 *
 * @param score null when the criterion was not scored (an invalid sheet)
 */
public record CriterionScore(int criterion, BigDecimal score, boolean mandatory) {

    /**
     * The text a record prints ({@code CriterionScore[criterion=1, score=10, mandatory=true]}), written out: the
     * generated record {@code toString} of Java 17 formats with {@code String.format}, and the input fingerprint
     * ({@link InputFingerprint}) prints 30–45 of these per sheet — a fifth of a rulings run's CPU. The text must stay
     * exactly this (stored fingerprints depend on it; {@code InputFingerprintTest}).
     */
    @Override
    public String toString() {
        return "CriterionScore[criterion=" + criterion + ", score=" + score + ", mandatory=" + mandatory + "]";
    }
}
