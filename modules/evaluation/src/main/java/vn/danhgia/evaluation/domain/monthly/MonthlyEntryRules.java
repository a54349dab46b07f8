package vn.danhgia.evaluation.domain.monthly;

import static vn.danhgia.evaluation.domain.VnNumbers.vn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.platform.rules.Finding;

/**
 * The pure part of saving monthly ratings (RULES.md MON-1, MON-2, RP-2, PUB-2): checking an entry, deriving its
 * level with an explanation ("MON-2: 92 − 2 × 3 vi phạm = 86 → HTT"), and deciding whether it changes the
 * current rating. No Jakarta imports; every number comes from the {@link MonRulePack}.
 */
public final class MonthlyEntryRules {

    /** Scores are stored as DECIMAL(5,2). */
    public static final int MAX_DECIMALS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MonthlyEntryRules() {
    }

    /** An entry after the checks: what is stored. */
    public record Derived(MonthlyLevel level, BigDecimal score, int violations, boolean enteredDirectly,
                          String explanation, String rulePack) {
    }

    /** The current (highest) revision of a person's month, as far as the revision decision needs it. */
    public record Current(int revision, BigDecimal score, int violations, MonthlyLevel level, boolean enteredDirectly) {
    }

    /** What saving an entry does (PUB-2). */
    public enum Decision {
        /** No rating yet: revision 1. */
        NEW,
        /** Same as the current rating: nothing is written. */
        UNCHANGED,
        /** Different from the current rating: a new row with revision + 1, the old row kept. */
        CORRECTION
    }

    /** Why the month cannot be rated with this pack; empty when it can. */
    public static Optional<String> periodProblem(int year, int month, MonRulePack pack) {
        if (month < 1 || month > 12) {
            return Optional.of("Tháng phải từ 1 đến 12; nhận được " + month + ".");
        }
        if (year < 1900 || year > 9999) {
            return Optional.of("Năm " + year + " không hợp lệ.");
        }
        LocalDate last = YearMonth.of(year, month).atEndOfMonth();
        LocalDate first = YearMonth.of(year, month).atDay(1);
        if (last.isBefore(pack.effectiveFrom()) || pack.effectiveTo() != null && first.isAfter(pack.effectiveTo())) {
            return Optional.of("Bộ quy tắc " + pack.ref() + " có hiệu lực từ " + DAY.format(pack.effectiveFrom())
                    + (pack.effectiveTo() == null ? "" : " đến " + DAY.format(pack.effectiveTo()))
                    + "; không áp dụng cho tháng " + month + "/" + year + ".");
        }
        return Optional.empty();
    }

    /** Every problem of an entry, in Vietnamese; empty when it can be saved. */
    public static List<String> problems(MonthlyEntry entry, MonRulePack pack) {
        List<String> problems = new ArrayList<>();
        if (entry == null) {
            problems.add("Dòng rỗng.");
            return problems;
        }
        if (entry.personId() <= 0) {
            problems.add("Mã người không hợp lệ (" + entry.personId() + ").");
        }
        int violations = entry.violations() == null ? 0 : entry.violations();
        if (violations < 0) {
            problems.add("Số lần vi phạm phải từ 0 trở lên; nhận được " + violations + ".");
        }
        String level = blankToNull(entry.level());
        BigDecimal score = entry.score();
        if (score == null && level == null) {
            problems.add("Chưa nhập điểm hoặc xếp loại.");
        } else if (score != null && level != null) {
            problems.add("Chỉ nhập một trong hai: điểm hoặc xếp loại trực tiếp.");
        } else if (level != null) {
            if (MonthlyLevel.parse(level).isEmpty()) {
                problems.add("Xếp loại \"" + level + "\" không hợp lệ; các giá trị: HTXS, HTT, HT, KHT.");
            }
        } else {
            if (!MonthlyRating.inBounds(score, pack)) {
                problems.add("Điểm " + vn(score) + " không hợp lệ — điểm phải từ " + vn(pack.minScore()) + " đến "
                        + vn(pack.maxScore()) + ".");
            } else if (score.stripTrailingZeros().scale() > MAX_DECIMALS) {
                problems.add("Điểm " + vn(score) + " có quá " + MAX_DECIMALS + " chữ số thập phân.");
            }
        }
        return problems;
    }

    /**
     * The level and explanation of a valid entry (see {@link #problems}).
     *
     * @throws IllegalArgumentException when the entry has a problem
     */
    public static Derived derive(MonthlyEntry entry, MonRulePack pack) {
        List<String> problems = problems(entry, pack);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        int violations = entry.violations() == null ? 0 : entry.violations();
        String rulePack = pack.ref().toString();
        String directLevel = blankToNull(entry.level());
        if (directLevel != null) {
            MonthlyLevel level = MonthlyLevel.parse(directLevel).orElseThrow();
            String text = "MON-1: xếp loại nhập trực tiếp " + level + " (" + level.label() + ")";
            if (violations > 0) {
                text += "; " + violations + " vi phạm quy tắc ứng xử được ghi nhận (MON-2 chỉ trừ điểm khi có điểm)";
            }
            return new Derived(level, null, violations, true, text, rulePack);
        }
        BigDecimal score = entry.score().setScale(MAX_DECIMALS);
        MonthlyRatingResult result = MonthlyRating.rate(score, violations, pack).outcome();
        return new Derived(result.level(), score, violations, false, explanation(score, violations, result, pack),
                rulePack);
    }

    /**
     * "MON-2: 92, không vi phạm → HTXS"; "MON-2: 92 − 2 × 3 vi phạm = 86 → HTT"; with the monthly cap
     * "MON-2: 80 − 10 (2 × 6 vi phạm = 12, trừ tối đa 10/tháng) = 70 → HTT"; never below the scale minimum
     * "MON-2: 4 − 2 × 3 vi phạm = 0 (không dưới 0) → KHT".
     */
    static String explanation(BigDecimal score, int violations, MonthlyRatingResult result, MonRulePack pack) {
        StringBuilder text = new StringBuilder("MON-2: ").append(vn(score));
        if (violations == 0) {
            text.append(", không vi phạm");
        } else {
            BigDecimal uncapped = pack.pointsPerViolation().multiply(BigDecimal.valueOf(violations));
            if (uncapped.compareTo(result.deduction()) > 0) {
                text.append(" − ").append(vn(result.deduction())).append(" (").append(vn(pack.pointsPerViolation()))
                        .append(" × ").append(violations).append(" vi phạm = ").append(vn(uncapped))
                        .append(", trừ tối đa ").append(vn(pack.maxDeductionPerMonth())).append("/tháng)");
            } else {
                text.append(" − ").append(vn(pack.pointsPerViolation())).append(" × ").append(violations)
                        .append(" vi phạm");
            }
            text.append(" = ").append(vn(result.finalScore()));
            if (score.subtract(result.deduction()).compareTo(pack.minScore()) < 0) {
                text.append(" (không dưới ").append(vn(pack.minScore())).append(")");
            }
        }
        return text.append(" → ").append(result.level()).toString();
    }

    /** NEW when nothing is rated yet, UNCHANGED when score (numerically), violations, level and input kind match. */
    public static Decision decide(Current current, Derived next) {
        Objects.requireNonNull(next, "next");
        if (current == null) {
            return Decision.NEW;
        }
        boolean sameScore = current.score() == null ? next.score() == null
                : next.score() != null && current.score().compareTo(next.score()) == 0;
        boolean same = sameScore && current.violations() == next.violations() && current.level() == next.level()
                && current.enteredDirectly() == next.enteredDirectly();
        return same ? Decision.UNCHANGED : Decision.CORRECTION;
    }

    /**
     * MON-2 HTXS share cap over the levels of the people rated (never an outstanding unit here: the unit's standing
     * is not recorded yet). Empty when nobody is rated.
     */
    public static Optional<Finding> htxsShare(Collection<MonthlyLevel> levels, MonRulePack pack) {
        List<MonthlyLevel> rated = levels.stream().filter(Objects::nonNull).toList();
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        int htxs = (int) rated.stream().filter(l -> l == MonthlyLevel.HTXS).count();
        return Optional.of(HtxsQuota.check(rated.size(), htxs, false, pack));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
