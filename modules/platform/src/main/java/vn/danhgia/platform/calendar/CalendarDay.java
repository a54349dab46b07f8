package vn.danhgia.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the holiday calendar (ORG-7): a holiday, a compensatory day off or a make-up
 * working day. Dates without an entry follow the weekly rule (Saturday and Sunday are rest days).
 *
 * @param date the day
 * @param name what it is, in Vietnamese ("Tết Nguyên đán Quý Mão (mùng 2 tháng Giêng)")
 * @param kind whether the day is off or worked
 */
public record CalendarDay(LocalDate date, String name, DayKind kind) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The calendar day " + date + " needs a name");
        }
    }

    /** Whether this day is worked. */
    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }
}
