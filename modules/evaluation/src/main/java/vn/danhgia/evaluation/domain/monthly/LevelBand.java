package vn.danhgia.evaluation.domain.monthly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of the monthly score scale (RULES.md MON-2): a score from {@code minScore} (inclusive)
 * up to the next better band's minimum (exclusive) — or the scale maximum (inclusive) for the best
 * band — gets {@code level}.
 */
public record LevelBand(MonthlyLevel level, BigDecimal minScore) {

    public LevelBand {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(minScore, "minScore");
    }
}
