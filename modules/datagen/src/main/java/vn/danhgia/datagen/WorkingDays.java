package vn.danhgia.datagen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (Monday to Friday, minus the given public holidays) for placing absences whose length
 * matters to the rules, e.g. the 14 and 15 working-day edges of RULES.md PRO-8.
 */
public final class WorkingDays {

    /** Public holidays of Q3/2023 for state employees: National Day, 1–4 September 2023 (Fri 1 and Mon 4). */
    public static final Set<LocalDate> HOLIDAYS_Q3_2023 = Set.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 4));

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Working days in [start, end] ∩ [from, to], all inclusive. */
    public static int count(LocalDate start, LocalDate end, LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end.isBefore(to) ? end : to;
        int n = 0;
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code day} (weekends only). */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d, Set.of())) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last day of a run of {@code n ≥ 1} working days starting on the working day {@code start} (weekends only). */
    static LocalDate endOfRun(LocalDate start, int n) {
        LocalDate d = start;
        int left = n - 1;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d, Set.of())) {
                left--;
            }
        }
        return d;
    }
}
