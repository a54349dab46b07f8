package vn.danhgia.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.platform.calendar.DayKind.COMPENSATORY_DAY_OFF;
import static vn.danhgia.platform.calendar.DayKind.MAKE_UP_WORKING_DAY;
import static vn.danhgia.platform.calendar.DayKind.PUBLIC_HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The calendar is built here from explicit data, never from the SQL seed (see HolidaySeedTest). */
class WorkingDayCalendarTest {

    /** PRO-8's threshold is rule-pack data; the test states the value of the Long Biên 2023 pack. */
    private static final int PRO_8_MIN_WORKING_DAYS_ABSENT = 15;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CalendarDay day(String iso, String name, DayKind kind) {
        return new CalendarDay(d(iso), name, kind);
    }

    /** The 2023 civil-service holidays, as the Government decided them. */
    private static final List<CalendarDay> HOLIDAYS_2023 = List.of(
            day("2023-01-01", "Tết Dương lịch", PUBLIC_HOLIDAY),
            day("2023-01-02", "Nghỉ bù Tết Dương lịch", COMPENSATORY_DAY_OFF),
            day("2023-01-20", "Tết Nguyên đán (29 tháng Chạp)", PUBLIC_HOLIDAY),
            day("2023-01-21", "Tết Nguyên đán (30 tháng Chạp)", PUBLIC_HOLIDAY),
            day("2023-01-22", "Tết Nguyên đán (mùng 1)", PUBLIC_HOLIDAY),
            day("2023-01-23", "Tết Nguyên đán (mùng 2)", PUBLIC_HOLIDAY),
            day("2023-01-24", "Tết Nguyên đán (mùng 3)", PUBLIC_HOLIDAY),
            day("2023-01-25", "Tết Nguyên đán (mùng 4)", PUBLIC_HOLIDAY),
            day("2023-01-26", "Tết Nguyên đán (mùng 5)", PUBLIC_HOLIDAY),
            day("2023-04-29", "Giỗ Tổ Hùng Vương", PUBLIC_HOLIDAY),
            day("2023-04-30", "Ngày Chiến thắng", PUBLIC_HOLIDAY),
            day("2023-05-01", "Ngày Quốc tế lao động", PUBLIC_HOLIDAY),
            day("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương", COMPENSATORY_DAY_OFF),
            day("2023-05-03", "Nghỉ bù Ngày Chiến thắng", COMPENSATORY_DAY_OFF),
            day("2023-09-01", "Quốc khánh (ngày liền kề)", PUBLIC_HOLIDAY),
            day("2023-09-02", "Quốc khánh", PUBLIC_HOLIDAY),
            day("2023-09-04", "Nghỉ bù Quốc khánh", COMPENSATORY_DAY_OFF));

    private static final WorkingDayCalendar CAL_2023 = WorkingDayCalendar.of(2023, 2023, HOLIDAYS_2023);

    @Test
    @DisplayName("ORG-7: Saturdays and Sundays are not working days; a week without holidays has 5")
    void weekendsExcluded() {
        WorkingDayCalendar noHolidays = WorkingDayCalendar.of(2023, 2023, List.of());
        assertFalse(noHolidays.isWorkingDay(d("2023-03-11")), "Saturday");
        assertFalse(noHolidays.isWorkingDay(d("2023-03-12")), "Sunday");
        assertTrue(noHolidays.isWorkingDay(d("2023-03-13")), "Monday");
        assertEquals(5, noHolidays.workingDaysBetween(d("2023-03-06"), d("2023-03-12")));
        assertEquals(0, noHolidays.workingDaysBetween(d("2023-03-11"), d("2023-03-12")));
        assertEquals(1, noHolidays.workingDaysBetween(d("2023-03-13"), d("2023-03-13")), "a one-day range");
        assertEquals(260, noHolidays.workingDaysBetween(d("2023-01-01"), d("2023-12-31")), "weekdays of 2023");
    }

    @Test
    @DisplayName("ORG-7: a public holiday on a weekday is not a working day (Hùng Kings, Thursday 18/04/2024)")
    void holidayExcluded() {
        WorkingDayCalendar cal = WorkingDayCalendar.of(2024, 2024,
                List.of(day("2024-04-18", "Giỗ Tổ Hùng Vương", PUBLIC_HOLIDAY)));
        assertFalse(cal.isWorkingDay(d("2024-04-18")));
        assertTrue(cal.isWorkingDay(d("2024-04-17")));
        assertEquals(4, cal.workingDaysBetween(d("2024-04-15"), d("2024-04-21")));
        assertEquals("Giỗ Tổ Hùng Vương", cal.dayOn(d("2024-04-18")).orElseThrow().name());
        assertTrue(cal.dayOn(d("2024-04-17")).isEmpty());
    }

    @Test
    @DisplayName("ORG-7: a make-up Saturday (làm bù 04/05/2024 for the swapped Monday 29/04) is a working day")
    void makeUpSaturdayCounted() {
        WorkingDayCalendar cal = WorkingDayCalendar.of(2024, 2024, List.of(
                day("2024-04-29", "Nghỉ hoán đổi", COMPENSATORY_DAY_OFF),
                day("2024-04-30", "Ngày Chiến thắng", PUBLIC_HOLIDAY),
                day("2024-05-01", "Ngày Quốc tế lao động", PUBLIC_HOLIDAY),
                day("2024-05-04", "Làm bù", MAKE_UP_WORKING_DAY)));
        assertTrue(cal.isWorkingDay(d("2024-05-04")), "the make-up Saturday");
        assertFalse(cal.isWorkingDay(d("2024-05-11")), "an ordinary Saturday");
        assertFalse(cal.isWorkingDay(d("2024-04-29")), "the swapped Monday");
        // Mon 29/04 swapped, Tue-Wed holidays, Thu-Fri worked, Saturday 04/05 worked, Sunday rest.
        assertEquals(3, cal.workingDaysBetween(d("2024-04-29"), d("2024-05-05")));
        // The swap keeps the working time: April-May 2024 has as many working days as its weekdays minus the two holidays.
        WorkingDayCalendar weekdaysOnly = WorkingDayCalendar.of(2024, 2024, List.of());
        assertEquals(weekdaysOnly.workingDaysBetween(d("2024-04-01"), d("2024-05-31")) - 2,
                cal.workingDaysBetween(d("2024-04-01"), d("2024-05-31")));
    }

    @Test
    @DisplayName("ORG-7: Tết 2023 — the week 20–26/01 is off, work resumes Friday 27/01")
    void tet2023() {
        assertEquals(4, CAL_2023.workingDaysBetween(d("2023-01-16"), d("2023-01-19")), "the week before Tết");
        assertEquals(0, CAL_2023.workingDaysBetween(d("2023-01-20"), d("2023-01-26")), "the Tết break");
        assertTrue(CAL_2023.isWorkingDay(d("2023-01-27")), "Friday after the Tết break");
        assertEquals(5, CAL_2023.workingDaysBetween(d("2023-01-16"), d("2023-01-29")));
        // January 2023: 22 weekdays − 02/01 (nghỉ bù) − 5 weekdays of Tết = 16.
        assertEquals(16, CAL_2023.workingDaysBetween(d("2023-01-01"), d("2023-01-31")));
    }

    @Test
    @DisplayName("PRO-8: only the working days of the absence inside the quarter count")
    void overlapClippedToQuarter() {
        LocalDate absenceFrom = d("2023-03-20");
        LocalDate absenceTo = d("2023-04-10");
        LocalDate q1From = d("2023-01-01");
        LocalDate q1To = d("2023-03-31");
        LocalDate q2From = d("2023-04-01");
        LocalDate q2To = d("2023-06-30");
        assertEquals(10, CAL_2023.workingDaysOverlapping(absenceFrom, absenceTo, q1From, q1To), "20–31/03");
        assertEquals(6, CAL_2023.workingDaysOverlapping(absenceFrom, absenceTo, q2From, q2To), "03–07/04 and 10/04");
        assertEquals(CAL_2023.workingDaysBetween(absenceFrom, absenceTo),
                CAL_2023.workingDaysOverlapping(absenceFrom, absenceTo, q1From, q1To)
                        + CAL_2023.workingDaysOverlapping(absenceFrom, absenceTo, q2From, q2To));
        assertEquals(0, CAL_2023.workingDaysOverlapping(absenceFrom, absenceTo, d("2023-07-01"), d("2023-09-30")),
                "no overlap");
        assertEquals(1, CAL_2023.workingDaysOverlapping(d("2023-03-31"), d("2023-03-31"), q1From, q1To), "the last day");
    }

    @Test
    @DisplayName("PRO-8: an absence that began in an earlier year counts only inside the quarter, even if that year is not loaded")
    void absenceFromAnUncoveredYear() {
        // Maternity leave from 01/09/2022 to 28/02/2023; only Q1 2023 is being evaluated.
        assertEquals(16 + 20, CAL_2023.workingDaysOverlapping(d("2022-09-01"), d("2023-02-28"), d("2023-01-01"), d("2023-03-31")));
    }

    @Test
    @DisplayName("PRO-8: 14 working days of absence across the 2 September holiday are below 15 (evaluated), one day more reaches 15")
    void pro8EdgeAcrossNationalDay() {
        LocalDate q3From = d("2023-07-01");
        LocalDate q3To = d("2023-09-30");
        // Mon 14/08 – Mon 04/09/2023: 16 weekdays, but Fri 01/09 (Quốc khánh) and Mon 04/09 (nghỉ bù) are off.
        int spanningHoliday = CAL_2023.workingDaysOverlapping(d("2023-08-14"), d("2023-09-04"), q3From, q3To);
        assertEquals(14, spanningHoliday);
        assertTrue(spanningHoliday < PRO_8_MIN_WORKING_DAYS_ABSENT, "evaluated: a weekday count (16) would have excluded this person");
        // One more day, Tue 05/09: 15 working days -> not evaluated.
        int oneMore = CAL_2023.workingDaysOverlapping(d("2023-08-14"), d("2023-09-05"), q3From, q3To);
        assertEquals(15, oneMore);
        assertTrue(oneMore >= PRO_8_MIN_WORKING_DAYS_ABSENT);
        // The same length (22 days) three weeks earlier, no holiday: Mon 24/07 – Mon 14/08 = 16 working days.
        assertEquals(16, CAL_2023.workingDaysOverlapping(d("2023-07-24"), d("2023-08-14"), q3From, q3To));
        // Three full weeks without holiday: exactly 15.
        assertEquals(15, CAL_2023.workingDaysBetween(d("2023-08-07"), d("2023-08-27")));
    }

    @Test
    @DisplayName("ORG-7: a date range whose start is after its end is rejected with a clear message")
    void fromAfterToRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CAL_2023.workingDaysBetween(d("2023-02-01"), d("2023-01-31")));
        assertTrue(e.getMessage().contains("2023-02-01") && e.getMessage().contains("2023-01-31"), e.getMessage());
        IllegalArgumentException absence = assertThrows(IllegalArgumentException.class,
                () -> CAL_2023.workingDaysOverlapping(d("2023-05-10"), d("2023-05-01"), d("2023-04-01"), d("2023-06-30")));
        assertTrue(absence.getMessage().contains("absenceFrom"), absence.getMessage());
        IllegalArgumentException period = assertThrows(IllegalArgumentException.class,
                () -> CAL_2023.workingDaysOverlapping(d("2023-05-01"), d("2023-05-10"), d("2023-06-30"), d("2023-04-01")));
        assertTrue(period.getMessage().contains("periodFrom"), period.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(2024, 2023, List.of()));
    }

    @Test
    @DisplayName("ORG-7: a day outside the calendar's years is rejected, never counted as a year without holidays")
    void outsideCoveredYearsRejected() {
        assertFalse(CAL_2023.covers(d("2024-01-02")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CAL_2023.isWorkingDay(d("2024-01-02")));
        assertTrue(e.getMessage().contains("2024") && e.getMessage().contains("2023"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CAL_2023.workingDaysBetween(d("2023-12-01"), d("2024-01-31")));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingDayCalendar.of(2023, 2023, List.of(day("2024-01-01", "Tết Dương lịch", PUBLIC_HOLIDAY))));
    }

    @Test
    @DisplayName("ORG-7: two entries on the same date are rejected")
    void duplicateDateRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(
                day("2023-09-01", "Quốc khánh", PUBLIC_HOLIDAY),
                day("2023-09-01", "Nghỉ bù", COMPENSATORY_DAY_OFF))));
        assertTrue(e.getMessage().contains("2023-09-01"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> day("2023-09-01", " ", PUBLIC_HOLIDAY), "a day needs a name");
    }

    @Test
    @DisplayName("ORG-7: the calendar is immutable: changing the source list afterwards changes nothing")
    void immutable() {
        List<CalendarDay> source = new ArrayList<>(List.of(day("2025-04-07", "Giỗ Tổ Hùng Vương", PUBLIC_HOLIDAY)));
        WorkingDayCalendar cal = WorkingDayCalendar.of(source);
        source.add(day("2025-04-08", "không có", PUBLIC_HOLIDAY));
        assertTrue(cal.isWorkingDay(d("2025-04-08")));
        assertEquals(1, cal.days().size());
        assertThrows(UnsupportedOperationException.class, () -> cal.days().clear());
        assertThrows(UnsupportedOperationException.class, () -> cal.weeklyRestDays().clear());
        assertEquals(2025, cal.fromYear());
        assertEquals(2025, cal.toYear());
    }

    @Test
    @DisplayName("ORG-7: other weekly rest days can be given (e.g. Sunday only)")
    void otherWeeklyRestDays() {
        WorkingDayCalendar sundayOnly = WorkingDayCalendar.of(2023, 2023, HOLIDAYS_2023, Set.of(DayOfWeek.SUNDAY));
        assertTrue(sundayOnly.isWorkingDay(d("2023-03-11")));
        assertEquals(6, sundayOnly.workingDaysBetween(d("2023-03-06"), d("2023-03-12")));
    }

    @Test
    @DisplayName("ORG-7: the precomputed count equals a day-by-day count for any range")
    void precomputedCountMatchesDayByDay() {
        List<CalendarDay> days = new ArrayList<>(HOLIDAYS_2023);
        days.add(day("2024-04-29", "Nghỉ hoán đổi", COMPENSATORY_DAY_OFF));
        days.add(day("2024-05-04", "Làm bù", MAKE_UP_WORKING_DAY));
        WorkingDayCalendar cal = WorkingDayCalendar.of(2023, 2024, days);
        Random random = new Random(20230101L);
        LocalDate first = d("2023-01-01");
        for (int n = 0; n < 2_000; n++) {
            LocalDate from = first.plusDays(random.nextInt(731));
            LocalDate to = from.plusDays(random.nextInt((int) (d("2024-12-31").toEpochDay() - from.toEpochDay() + 1)));
            int expected = 0;
            for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
                boolean weekend = x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean working = cal.dayOn(x).map(CalendarDay::isWorkingDay).orElse(!weekend);
                expected += working ? 1 : 0;
            }
            assertEquals(expected, cal.workingDaysBetween(from, to), from + ".." + to);
        }
    }
}
