package vn.danhgia.organization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Working days covered by absences inside a period (RULES.md ORG-7, PRO-8); overlaps count once. */
public final class AbsenceDays {

    private AbsenceDays() {
    }

    /**
     * @param absences    {from, to} pairs, inclusive
     * @param isWorkingDay the holiday calendar
     */
    public static int workingDaysInside(List<LocalDate[]> absences, LocalDate periodFrom, LocalDate periodTo,
                                        Predicate<LocalDate> isWorkingDay) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate[] absence : absences) {
            LocalDate from = absence[0].isBefore(periodFrom) ? periodFrom : absence[0];
            LocalDate to = absence[1].isAfter(periodTo) ? periodTo : absence[1];
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay.test(d)) {
                    days.add(d);
                }
            }
        }
        return days.size();
    }
}
