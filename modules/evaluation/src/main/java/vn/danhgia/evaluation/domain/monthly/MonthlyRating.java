package vn.danhgia.evaluation.domain.monthly;

import static vn.danhgia.evaluation.domain.VnNumbers.plain;
import static vn.danhgia.evaluation.domain.VnNumbers.vn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

/**
 * Monthly rating rules (RULES.md MON-1, MON-2): the level of a score on the pack's scale, and the
 * code-of-conduct deduction (points per violation, capped per month). Pure; every number comes from
 * the {@link MonRulePack}.
 */
public final class MonthlyRating {

    public static final String MON_1 = "MON-1";
    public static final String MON_2 = "MON-2";

    private MonthlyRating() {
    }

    /** True when the score lies on the pack's scale (bounds inclusive). */
    public static boolean inBounds(BigDecimal score, MonRulePack pack) {
        return score != null && score.compareTo(pack.minScore()) >= 0 && score.compareTo(pack.maxScore()) <= 0;
    }

    /**
     * The level of a score (MON-2 bands: with the default pack 90 → HTXS, 89.5 → HTT, 50 → HT, 49.5 → KHT).
     *
     * @throws IllegalArgumentException when the score is outside the scale
     */
    public static MonthlyLevel levelFor(BigDecimal score, MonRulePack pack) {
        if (!inBounds(score, pack)) {
            throw new IllegalArgumentException(outOfBounds(score, pack));
        }
        for (LevelBand band : pack.bands()) {
            if (score.compareTo(band.minScore()) >= 0) {
                return band.level();
            }
        }
        throw new IllegalStateException("no band covers " + score); // the pack guarantees the worst band starts at min
    }

    /**
     * Points deducted for the month's code-of-conduct violations: per violation, capped per month
     * (default pack: 3 → 6, 7 → 10).
     */
    public static BigDecimal deduction(int violations, MonRulePack pack) {
        if (violations < 0) {
            throw new IllegalArgumentException("violations must be ≥ 0, got " + violations);
        }
        BigDecimal raw = pack.pointsPerViolation().multiply(BigDecimal.valueOf(violations));
        return raw.min(pack.maxDeductionPerMonth());
    }

    /**
     * Rates a month from the score entered and the number of code-of-conduct violations: checks the
     * score bounds, deducts the (capped) points, and reads the level from the bands. Every step is a
     * finding; an out-of-scale score gives no level.
     */
    public static Ruling<MonthlyRatingResult> rate(BigDecimal score, int violations, MonRulePack pack) {
        List<Finding> findings = new ArrayList<>();
        if (!inBounds(score, pack)) {
            findings.add(new Finding(MON_2, false, "MON-2: " + outOfBounds(score, pack),
                    facts("score", plain(score), "min", plain(pack.minScore()), "max", plain(pack.maxScore()))));
            return new Ruling<>(new MonthlyRatingResult(null, score, BigDecimal.ZERO, null), findings, pack.ref());
        }
        if (violations < 0) {
            throw new IllegalArgumentException("violations must be ≥ 0, got " + violations);
        }
        BigDecimal deduction = deduction(violations, pack);
        findings.add(deductionFinding(violations, deduction, pack));
        BigDecimal finalScore = score.subtract(deduction).max(pack.minScore());
        MonthlyLevel level = levelFor(finalScore, pack);
        findings.add(levelFinding(score, deduction, finalScore, level, pack));
        return new Ruling<>(new MonthlyRatingResult(level, score, deduction, finalScore), findings, pack.ref());
    }

    /** A level entered directly (MON-2 allows it): recorded as such, with no score. */
    public static Ruling<MonthlyRatingResult> entered(MonthlyLevel level, MonRulePack pack) {
        Finding f = new Finding(MON_1, true, "MON-1: xếp loại nhập trực tiếp: " + level + " (" + level.label() + ")",
                facts("level", level.name()));
        return new Ruling<>(new MonthlyRatingResult(level, null, BigDecimal.ZERO, null), List.of(f), pack.ref());
    }

    private static Finding deductionFinding(int violations, BigDecimal deduction, MonRulePack pack) {
        Map<String, String> facts = facts("violations", Integer.toString(violations),
                "pointsPerViolation", plain(pack.pointsPerViolation()),
                "maxPerMonth", plain(pack.maxDeductionPerMonth()), "deduction", plain(deduction));
        if (violations == 0) {
            return new Finding(MON_2, true, "MON-2: không có vi phạm quy tắc ứng xử — không trừ điểm", facts);
        }
        BigDecimal uncapped = pack.pointsPerViolation().multiply(BigDecimal.valueOf(violations));
        String message = uncapped.compareTo(deduction) > 0
                ? "MON-2: " + violations + " vi phạm quy tắc ứng xử × " + vn(pack.pointsPerViolation()) + " = "
                  + vn(uncapped) + ", trừ tối đa " + vn(deduction) + " điểm/tháng"
                : "MON-2: " + violations + " vi phạm quy tắc ứng xử × " + vn(pack.pointsPerViolation())
                  + " — trừ " + vn(deduction) + " điểm";
        return new Finding(MON_2, false, message, facts);
    }

    private static Finding levelFinding(BigDecimal score, BigDecimal deduction, BigDecimal finalScore,
                                        MonthlyLevel level, MonRulePack pack) {
        LevelBand band = pack.band(level);
        BigDecimal upper = pack.upperBoundExclusive(band);
        String range;
        if (upper == null) {
            range = "từ " + vn(band.minScore()) + " đến " + vn(pack.maxScore());
        } else if (band.minScore().compareTo(pack.minScore()) == 0) {
            range = "dưới " + vn(upper);
        } else {
            range = "từ " + vn(band.minScore()) + " đến dưới " + vn(upper);
        }
        String scoreText = deduction.signum() == 0 ? vn(score)
                : vn(score) + " − " + vn(deduction) + " = " + vn(finalScore);
        return new Finding(MON_2, true, "MON-2: điểm " + scoreText + " → " + level + " (" + range + ")",
                facts("score", plain(score), "deduction", plain(deduction), "finalScore", plain(finalScore),
                        "level", level.name(), "bandMin", plain(band.minScore()),
                        "bandMaxExclusive", upper == null ? "" : plain(upper)));
    }

    private static String outOfBounds(BigDecimal score, MonRulePack pack) {
        return score == null ? "chưa có điểm tháng"
                : "điểm " + vn(score) + " không hợp lệ — điểm phải từ " + vn(pack.minScore()) + " đến "
                  + vn(pack.maxScore());
    }

    static Map<String, String> facts(String... keyValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(keyValues[i], keyValues[i + 1]);
        }
        return facts;
    }
}
