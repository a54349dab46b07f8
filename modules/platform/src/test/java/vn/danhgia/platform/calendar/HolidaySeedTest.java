package vn.danhgia.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Checks the holidays seeded by {@code V2__holiday_calendar.sql} (read from the classpath, as Flyway
 * reads it), so that a wrong date in the seed fails the build.
 */
class HolidaySeedTest {

    private static final String SEED = "db/migration/platform/V2__holiday_calendar.sql";

    /** One row of the multi-row INSERTs: {@code ('2023-01-01', 'name', 'KIND', 0, CURRENT_TIMESTAMP(6), 'flyway:V2'),}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')+)', '([A-Z_]+)', 0, CURRENT_TIMESTAMP\\(6\\), 'flyway:V2'\\)[,;]$");

    private static List<CalendarDay> seeded;
    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void parseSeed() throws IOException {
        String sql;
        try (InputStream in = HolidaySeedTest.class.getClassLoader().getResourceAsStream(SEED)) {
            assertNotNull(in, SEED + " is on the classpath");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<CalendarDay> days = new ArrayList<>();
        int rowLines = 0;
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("('")) {
                continue;
            }
            rowLines++;
            Matcher m = ROW.matcher(trimmed);
            assertTrue(m.matches(), "every seed row has the expected shape: " + trimmed);
            days.add(new CalendarDay(LocalDate.parse(m.group(1)), m.group(2).replace("''", "'"), DayKind.valueOf(m.group(3))));
        }
        assertEquals(rowLines, days.size());
        seeded = List.copyOf(days);
        calendar = WorkingDayCalendar.of(2023, 2026, seeded); // also rejects duplicate dates and other years
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("ORG-7: the seed covers 2023–2026, each year starting with Tết Dương lịch on 01/01")
    void coversFourYears() {
        for (int year = 2023; year <= 2026; year++) {
            CalendarDay newYear = calendar.dayOn(LocalDate.of(year, 1, 1)).orElseThrow();
            assertEquals(DayKind.PUBLIC_HOLIDAY, newYear.kind());
            assertEquals("Tết Dương lịch", newYear.name());
        }
        assertEquals(69, seeded.size());
    }

    @Test
    @DisplayName("ORG-7: seed — 23/01/2023 (Tết) is off, Friday 27/01/2023 after the Tết week is a working day")
    void tet2023() {
        assertFalse(calendar.isWorkingDay(d("2023-01-23")));
        assertTrue(calendar.dayOn(d("2023-01-23")).orElseThrow().name().startsWith("Tết Nguyên đán"));
        assertTrue(calendar.isWorkingDay(d("2023-01-27")));
        assertTrue(calendar.isWorkingDay(d("2023-01-19")));
    }

    @Test
    @DisplayName("ORG-7: seed — each Tết break as announced, and work resumes the next working day")
    void tetBreaks() {
        assertTetBreak("2023-01-20", "2023-01-26", "2023-01-27");
        assertTetBreak("2024-02-08", "2024-02-14", "2024-02-15");
        assertTetBreak("2025-01-25", "2025-02-02", "2025-02-03");
        assertTetBreak("2026-02-14", "2026-02-22", "2026-02-23");
    }

    private static void assertTetBreak(String from, String to, String backToWork) {
        assertEquals(0, calendar.workingDaysBetween(d(from), d(to)), "Tết " + from + ".." + to);
        assertTrue(calendar.isWorkingDay(d(from).minusDays(1)) || d(from).minusDays(1).getDayOfWeek() == DayOfWeek.SUNDAY,
                "the day before the break");
        assertTrue(calendar.isWorkingDay(d(backToWork)), "back to work " + backToWork);
    }

    @Test
    @DisplayName("ORG-7: seed — holidays, nghỉ bù and swaps of 30/4–1/5 and 2/9 as decided each year")
    void springAndNationalDay() {
        // 2023: Hùng Kings (Sat) and 30/4 (Sun) -> 02/05 and 03/05 off; National Day 01/09 + 02/09 (Sat) -> 04/09 off.
        assertEquals(0, calendar.workingDaysBetween(d("2023-04-29"), d("2023-05-03")));
        assertEquals(0, calendar.workingDaysBetween(d("2023-09-01"), d("2023-09-04")));
        // 2024: Monday 29/04 swapped with Saturday 04/05; National Day 02/09 + 03/09.
        assertFalse(calendar.isWorkingDay(d("2024-04-29")));
        assertTrue(calendar.isWorkingDay(d("2024-05-04")));
        assertEquals(0, calendar.workingDaysBetween(d("2024-09-02"), d("2024-09-03")));
        // 2025: Friday 02/05 swapped with Saturday 26/04; National Day 01/09 + 02/09.
        assertFalse(calendar.isWorkingDay(d("2025-05-02")));
        assertTrue(calendar.isWorkingDay(d("2025-04-26")));
        assertFalse(calendar.isWorkingDay(d("2025-04-07")), "Hùng Kings 2025");
        // 2026: 02/01 swapped with 10/01; Hùng Kings on Sunday 26/04 -> 27/04 off; 31/08 swapped with 22/08.
        assertFalse(calendar.isWorkingDay(d("2026-01-02")));
        assertTrue(calendar.isWorkingDay(d("2026-01-10")));
        assertFalse(calendar.isWorkingDay(d("2026-04-27")));
        assertTrue(calendar.isWorkingDay(d("2026-04-28")));
        assertTrue(calendar.isWorkingDay(d("2026-08-22")));
        assertEquals(0, calendar.workingDaysBetween(d("2026-08-29"), d("2026-09-02")));
    }

    @Test
    @DisplayName("ORG-7: seed — make-up days are Saturdays, compensatory days are weekdays, and each swap is repaid in its year")
    void kindsAreConsistent() {
        for (CalendarDay day : seeded) {
            if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
                assertEquals(DayOfWeek.SATURDAY, day.date().getDayOfWeek(), day.toString());
            }
            if (day.kind() == DayKind.COMPENSATORY_DAY_OFF) {
                assertTrue(day.date().getDayOfWeek().getValue() <= 5, day.toString());
            }
        }
        for (int year = 2023; year <= 2026; year++) {
            int y = year;
            long swaps = seeded.stream().filter(c -> c.date().getYear() == y && c.name().startsWith("Nghỉ hoán đổi")).count();
            long makeUps = seeded.stream().filter(c -> c.date().getYear() == y && c.kind() == DayKind.MAKE_UP_WORKING_DAY).count();
            assertEquals(swaps, makeUps, "swapped days and make-up days of " + year);
        }
    }

    @Test
    @DisplayName("ORG-7: seed — names are Vietnamese text in NFC, at most 200 characters")
    void namesAreNfc() {
        for (CalendarDay day : seeded) {
            assertTrue(Normalizer.isNormalized(day.name(), Normalizer.Form.NFC), day.toString());
            assertTrue(day.name().length() <= 200, day.toString());
        }
    }

    @Test
    @DisplayName("PRO-8: seed — working days per quarter, 2023–2026")
    void workingDaysPerQuarter() {
        int[][] expected = {
            {59, 62, 63, 65}, // 2023: 249
            {59, 62, 64, 66}, // 2024: 251
            {58, 62, 64, 66}, // 2025: 250
            {58, 62, 64, 66}, // 2026: 250
        };
        for (int year = 2023; year <= 2026; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
                LocalDate to = from.plusMonths(3).minusDays(1);
                assertEquals(expected[year - 2023][quarter - 1], calendar.workingDaysBetween(from, to), "Q" + quarter + "/" + year);
            }
        }
    }
}
