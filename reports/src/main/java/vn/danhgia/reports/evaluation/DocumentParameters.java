package vn.danhgia.reports.evaluation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.danhgia.reports.VietnameseDates;

/**
 * The template parameters every professionalism report shares (PUB-1, Decree 30/2020/NĐ-CP layout):
 * {@code parentAgency}, {@code agency} (top left), {@code placeAndDate} (under the national motto),
 * {@code period} (under the title), {@code signerTitle} and {@code signerName} (signature block).
 */
final class DocumentParameters {

    private DocumentParameters() {
    }

    /** A new, modifiable map with the shared parameters; each report adds its own. */
    static Map<String, Object> of(String parentAgency, String agency, String place, LocalDate date, String period,
                                  String signerTitle, String signerName) {
        Map<String, Object> map = new HashMap<>();
        map.put("parentAgency", parentAgency);
        map.put("agency", agency);
        map.put("placeAndDate", placeAndDate(place, date));
        map.put("period", period);
        map.put("signerTitle", signerTitle);
        map.put("signerName", signerName);
        return map;
    }

    /**
     * "Long Biên, ngày 27 tháng 9 năm 2023"; without a date (a sheet printed to be filled in by hand)
     * the date is left blank to write in: "Long Biên, ngày ..... tháng ..... năm ........".
     */
    static String placeAndDate(String place, LocalDate date) {
        if (date != null) {
            return VietnameseDates.placeAndDate(place, date);
        }
        String blank = "ngày ..... tháng ..... năm ........";
        return place == null || place.isBlank() ? "N" + blank.substring(1) : place.strip() + ", " + blank;
    }

    /** "Tổng số: 25 người; chuyên nghiệp: 20; không chuyên nghiệp: 3; không đánh giá: 2". */
    static String totals(int total, int professional, int notProfessional, int notEvaluated) {
        return "Tổng số: " + total + " người; chuyên nghiệp: " + professional + "; không chuyên nghiệp: "
                + notProfessional + "; không đánh giá: " + notEvaluated;
    }

    /** "Kính gửi: Phòng Nội vụ" whether or not the caller wrote "Kính gửi:"; null if there is no recipient. */
    static String recipient(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(recipient.strip(), Normalizer.Form.NFC);
        return text.regionMatches(true, 0, "Kính gửi", 0, "Kính gửi".length()) ? text : "Kính gửi: " + text;
    }
}
