package vn.danhgia.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates as written on Vietnamese administrative documents (Decree 30/2020/NĐ-CP, Appendix I):
 * "ngày 05 tháng 01 năm 2026" — a day below 10 and the months 1 and 2 take a leading zero,
 * the other months do not ("ngày 09 tháng 3 năm 2026", "ngày 23 tháng 11 năm 2026").
 */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /** {@code "ngày 05 tháng 01 năm 2026"}. */
    public static String administrativeDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : Integer.toString(day))
                + " tháng " + (month <= 2 ? "0" + month : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /**
     * {@code "Long Biên, ngày 23 tháng 11 năm 2026"}; without a place the date alone,
     * capitalised: {@code "Ngày 23 tháng 11 năm 2026"}.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String when = administrativeDate(date);
        return place == null || place.isBlank() ? "N" + when.substring(1) : place.strip() + ", " + when;
    }
}
