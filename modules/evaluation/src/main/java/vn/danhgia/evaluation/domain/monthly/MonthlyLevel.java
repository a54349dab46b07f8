package vn.danhgia.evaluation.domain.monthly;

import java.util.Locale;
import java.util.Optional;

/** The monthly rating levels (RULES.md MON-1), best first. */
public enum MonthlyLevel {
    HTXS("Hoàn thành xuất sắc nhiệm vụ"),
    HTT("Hoàn thành tốt nhiệm vụ"),
    HT("Hoàn thành nhiệm vụ"),
    KHT("Không hoàn thành nhiệm vụ");

    private final String label;

    MonthlyLevel(String label) {
        this.label = label;
    }

    /** The full Vietnamese name, e.g. "Hoàn thành tốt nhiệm vụ". */
    public String label() {
        return label;
    }

    /** True when this level is the given one or better (HTXS is at least HTT). */
    public boolean isAtLeast(MonthlyLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** The level for its code ("HTT", case and surrounding blanks ignored); empty when unknown. */
    public static Optional<MonthlyLevel> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
