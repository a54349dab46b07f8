package vn.danhgia.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("Decree 30: days 1-9 and months 1-2 take a leading zero, months 3-12 do not")
    @CsvSource({
            "2026-01-05, ngày 05 tháng 01 năm 2026",
            "2026-02-28, ngày 28 tháng 02 năm 2026",
            "2026-03-09, ngày 09 tháng 3 năm 2026",
            "2026-09-10, ngày 10 tháng 9 năm 2026",
            "2026-10-01, ngày 01 tháng 10 năm 2026",
            "2026-11-23, ngày 23 tháng 11 năm 2026",
            "2026-12-31, ngày 31 tháng 12 năm 2026",
    })
    void administrativeDate(LocalDate date, String expected) {
        assertEquals(expected, VietnameseDates.administrativeDate(date));
    }

    @Test
    void placeAndDate() {
        assertEquals("Long Biên, ngày 23 tháng 11 năm 2026",
                VietnameseDates.placeAndDate("Long Biên", LocalDate.of(2026, 11, 23)));
        assertEquals("Hà Nội, ngày 09 tháng 3 năm 2026",
                VietnameseDates.placeAndDate(" Hà Nội ", LocalDate.of(2026, 3, 9)));
    }

    @Test
    void withoutPlaceTheDateStartsWithACapital() {
        assertEquals("Ngày 05 tháng 01 năm 2026", VietnameseDates.placeAndDate(null, LocalDate.of(2026, 1, 5)));
        assertEquals("Ngày 05 tháng 01 năm 2026", VietnameseDates.placeAndDate("  ", LocalDate.of(2026, 1, 5)));
    }
}
