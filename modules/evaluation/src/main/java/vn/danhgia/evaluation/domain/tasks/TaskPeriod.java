package vn.danhgia.evaluation.domain.tasks;

import java.time.LocalDate;
import java.time.YearMonth;

/** One period of a task sheet: month 1..12 or quarter 1..4 of a year. */
public record TaskPeriod(PeriodKind kind, int year, int number) {

    public TaskPeriod {
        int max = kind == PeriodKind.MONTH ? 12 : 4;
        if (number < 1 || number > max) {
            throw new IllegalArgumentException((kind == PeriodKind.MONTH ? "Tháng" : "Quý") + " phải từ 1 đến " + max
                    + "; nhận được " + number + ".");
        }
    }

    /** The period of the given kind that contains the month. */
    public static TaskPeriod containing(PeriodKind kind, int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Tháng phải từ 1 đến 12; nhận được " + month + ".");
        }
        return new TaskPeriod(kind, year, kind == PeriodKind.MONTH ? month : (month - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, kind == PeriodKind.MONTH ? number : (number - 1) * 3 + 1);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return kind == PeriodKind.MONTH ? firstMonth().atEndOfMonth() : firstMonth().plusMonths(2).atEndOfMonth();
    }

    /** "tháng 8/2023", "quý 3/2023". */
    public String label() {
        return (kind == PeriodKind.MONTH ? "tháng " : "quý ") + number + "/" + year;
    }
}
