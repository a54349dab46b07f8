package vn.danhgia.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AbsenceDaysTest {

    /** Weekends and the 2023 National Day holidays (1/9, and 4/9 in lieu of Saturday 2/9). */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 4));
    private static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    private static final LocalDate Q3_FROM = LocalDate.of(2023, 7, 1);
    private static final LocalDate Q3_TO = LocalDate.of(2023, 9, 30);

    private static LocalDate[] range(LocalDate from, LocalDate to) {
        return new LocalDate[] {from, to};
    }

    @Test
    @DisplayName("PRO-8: 14/8–4/9/2023 spans the National Day holidays: 14 working days, still evaluated")
    void fourteenAcrossHoliday() {
        assertEquals(14, AbsenceDays.workingDaysInside(
                List.<LocalDate[]>of(range(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 9, 4))), Q3_FROM, Q3_TO, WORKING));
    }

    @Test
    @DisplayName("PRO-8: one more day (to 5/9/2023) makes 15 working days: not evaluated")
    void fifteen() {
        assertEquals(15, AbsenceDays.workingDaysInside(
                List.<LocalDate[]>of(range(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 9, 5))), Q3_FROM, Q3_TO, WORKING));
    }

    @Test
    @DisplayName("ORG-7: overlapping absences count once and only the days inside the quarter count")
    void overlapAndClipping() {
        List<LocalDate[]> absences = List.of(
                range(LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 4)),
                range(LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 7)));
        assertEquals(5, AbsenceDays.workingDaysInside(absences, Q3_FROM, Q3_TO, WORKING),
                "3–7 July are the only working days inside Q3");
    }
}
