package vn.danhgia.evaluation.domain.monthly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The monthly rating rule pack (RULES.md MON-1, MON-2; RP-1): score scale, level bands,
 * code-of-conduct deduction and HTXS share cap. Immutable; a change is a new version.
 *
 * @param bands one band per level, sorted best first (highest minimum first); the worst band
 *              starts at the scale minimum
 */
public record MonRulePack(String code, int version, String title, String legalBasis, LocalDate effectiveFrom,
                          LocalDate effectiveTo, BigDecimal minScore, BigDecimal maxScore, List<LevelBand> bands,
                          BigDecimal pointsPerViolation, BigDecimal maxDeductionPerMonth,
                          int htxsSharePercent, int outstandingUnitHtxsSharePercent) {

    public MonRulePack {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(pointsPerViolation, "pointsPerViolation");
        Objects.requireNonNull(maxDeductionPerMonth, "maxDeductionPerMonth");
        if (minScore.compareTo(maxScore) >= 0) {
            throw new IllegalArgumentException("scale: min " + minScore + " must be below max " + maxScore);
        }
        List<LevelBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(LevelBand::minScore).reversed());
        Set<MonthlyLevel> seen = EnumSet.noneOf(MonthlyLevel.class);
        for (int i = 0; i < sorted.size(); i++) {
            LevelBand band = sorted.get(i);
            if (!seen.add(band.level())) {
                throw new IllegalArgumentException("bands: level " + band.level() + " appears twice");
            }
            if (i > 0 && band.minScore().compareTo(sorted.get(i - 1).minScore()) == 0) {
                throw new IllegalArgumentException("bands: two bands start at " + band.minScore());
            }
            if (i > 0 && !sorted.get(i - 1).level().isAtLeast(band.level())) {
                throw new IllegalArgumentException("bands: a higher score must never give a worse level ("
                        + sorted.get(i - 1).level() + " below " + band.level() + ")");
            }
            if (band.minScore().compareTo(minScore) < 0 || band.minScore().compareTo(maxScore) > 0) {
                throw new IllegalArgumentException("bands: " + band.level() + " starts outside the scale");
            }
        }
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).minScore().compareTo(minScore) != 0) {
            throw new IllegalArgumentException("bands: the worst band must start at the scale minimum " + minScore);
        }
        bands = List.copyOf(sorted);
        if (pointsPerViolation.signum() < 0 || maxDeductionPerMonth.signum() < 0) {
            throw new IllegalArgumentException("conductDeduction: negative points");
        }
        if (htxsSharePercent < 0 || htxsSharePercent > 100 || outstandingUnitHtxsSharePercent < 0
                || outstandingUnitHtxsSharePercent > 100) {
            throw new IllegalArgumentException("htxsQuota: percentages must be within 0..100");
        }
    }

    public RulePackRef ref() {
        return new RulePackRef(code, version);
    }

    /** The band of a level (present for every level the pack rates). */
    public LevelBand band(MonthlyLevel level) {
        return bands.stream().filter(b -> b.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + level));
    }

    /** The exclusive upper bound of a band: the next better band's minimum; null for the best band. */
    public BigDecimal upperBoundExclusive(LevelBand band) {
        int i = bands.indexOf(band);
        return i <= 0 ? null : bands.get(i - 1).minScore();
    }
}
