package vn.danhgia.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The container-free parts of the service and the entity; the persistence runs in the system tests. */
class HolidayCalendarServiceTest {

    @Test
    @DisplayName("ORG-7: a year without any holiday entry is reported, not counted as a year without holidays")
    void missingYearReported() {
        List<Holiday> rows = List.of(new Holiday(LocalDate.of(2023, 1, 1), "Tết Dương lịch", DayKind.PUBLIC_HOLIDAY, "admin"));
        HolidayCalendarException e = assertThrows(HolidayCalendarException.class,
                () -> HolidayCalendarService.toCalendar(2023, 2024, rows));
        assertTrue(e.getMessage().contains("[2024]"), e.getMessage());
    }

    @Test
    @DisplayName("ORG-7: the loaded rows become the working-day calendar")
    void rowsBecomeCalendar() {
        List<Holiday> rows = List.of(
                new Holiday(LocalDate.of(2024, 1, 1), "Tết Dương lịch", DayKind.PUBLIC_HOLIDAY, "admin"),
                new Holiday(LocalDate.of(2024, 5, 4), "Làm bù", DayKind.MAKE_UP_WORKING_DAY, "admin"));
        WorkingDayCalendar calendar = HolidayCalendarService.toCalendar(2024, 2024, rows);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 1, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 5, 4)));
        assertEquals(2, calendar.days().size());
    }

    @Test
    @DisplayName("ORG-7: a holiday entry needs a date, a kind, a name of at most 200 characters and who entered it")
    void entryValidated() {
        LocalDate date = LocalDate.of(2025, 4, 7);
        assertThrows(NullPointerException.class, () -> new Holiday(null, "Giỗ Tổ Hùng Vương", DayKind.PUBLIC_HOLIDAY, "admin"));
        assertThrows(NullPointerException.class, () -> new Holiday(date, "Giỗ Tổ Hùng Vương", null, "admin"));
        assertThrows(IllegalArgumentException.class, () -> new Holiday(date, "  ", DayKind.PUBLIC_HOLIDAY, "admin"));
        assertThrows(IllegalArgumentException.class, () -> new Holiday(date, "x".repeat(201), DayKind.PUBLIC_HOLIDAY, "admin"));
        assertThrows(IllegalArgumentException.class, () -> new Holiday(date, "Giỗ Tổ Hùng Vương", DayKind.PUBLIC_HOLIDAY, ""));
        Holiday ok = new Holiday(date, "  Giỗ Tổ Hùng Vương ", DayKind.PUBLIC_HOLIDAY, "admin");
        assertEquals("Giỗ Tổ Hùng Vương", ok.getName());
        assertEquals(new CalendarDay(date, "Giỗ Tổ Hùng Vương", DayKind.PUBLIC_HOLIDAY), ok.toCalendarDay());
    }

    @Test
    @DisplayName("House rule 7: a stale removal is an OptimisticLockException that reaches the caller unwrapped")
    void staleIsOptimisticLock() {
        StaleHolidayException e = new StaleHolidayException("changed", null);
        assertTrue(e instanceof OptimisticLockException);
        assertTrue(StaleHolidayException.class.getAnnotation(jakarta.ejb.ApplicationException.class).rollback());
        assertTrue(HolidayCalendarException.class.getAnnotation(jakarta.ejb.ApplicationException.class).rollback());
    }
}
