package vn.danhgia.evaluation.domain.professionalism;

import java.util.Objects;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;

/**
 * The monthly-rating condition of PRO-5: every month of the quarter at {@code minimumLevel} or
 * better, and at least {@code requiredMonths} months at {@code requiredLevel} (default: every month
 * HTT or better, at least one HTXS).
 */
public record MonthlyConditions(int monthsPerQuarter, MonthlyLevel minimumLevel, MonthlyLevel requiredLevel,
                                int requiredMonths) {

    public MonthlyConditions {
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(requiredLevel, "requiredLevel");
        if (monthsPerQuarter < 1 || requiredMonths < 0 || requiredMonths > monthsPerQuarter) {
            throw new IllegalArgumentException("monthlyConditions: inconsistent month counts");
        }
    }
}
