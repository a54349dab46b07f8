package vn.danhgia.evaluation.domain.professionalism;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The small rules of the quarterly cycle itself: the evaluation is per quarter (RULES.md PRO-2); a step after its
 * deadline is accepted and marked late, the deadline day itself is on time (PRO-11); only a person ruled professional
 * in the quarter is proposed for praise or reward (PRO-12).
 */
public final class CycleRules {

    private CycleRules() {
    }

    /** PRO-2: a quarter is 1..4 of a plausible year; the problem in Vietnamese, or empty. */
    public static Optional<String> quarterProblem(int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            return Optional.of("PRO-2: việc đánh giá theo quý — quý phải từ 1 đến 4 và năm từ 2000 đến 2100 (nhận được quý "
                    + quarter + " năm " + year + ").");
        }
        return Optional.empty();
    }

    /** PRO-11: done after the deadline day → late (accepted, marked). */
    public static boolean late(LocalDateTime doneAt, LocalDate due) {
        return doneAt.toLocalDate().isAfter(due);
    }

    /** PRO-12: only a person whose current result is "professional" may be proposed for reward. */
    public static boolean rewardable(String currentOutcome) {
        return ProOutcome.PROFESSIONAL.name().equals(currentOutcome);
    }
}
