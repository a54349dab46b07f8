package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentParametersTest {

    @Test
    void sharedHeaderAndSignatureParameters() {
        Map<String, Object> map = DocumentParameters.of("UBND quận Long Biên", "Phòng Nội vụ", "Long Biên",
                LocalDate.of(2023, 9, 5), "Quý III năm 2023", "Trưởng phòng", "Nguyễn Thị Thu Hà");
        assertEquals("Long Biên, ngày 05 tháng 9 năm 2023", map.get("placeAndDate"));
        assertEquals("Quý III năm 2023", map.get("period"));
        assertEquals("Trưởng phòng", map.get("signerTitle"));
        map.put("extra", 1); // each report adds its own
    }

    @Test
    void withoutADateTheDateIsLeftToWriteInByHand() {
        assertEquals("Long Biên, ngày ..... tháng ..... năm ........", DocumentParameters.placeAndDate("Long Biên", null));
        assertEquals("Ngày ..... tháng ..... năm ........", DocumentParameters.placeAndDate(null, null));
    }

    @Test
    void recipientWithOrWithoutKinhGui() {
        assertEquals("Kính gửi: Phòng Nội vụ", DocumentParameters.recipient("Phòng Nội vụ"));
        assertEquals("Kính gửi: Phòng Nội vụ", DocumentParameters.recipient(" Kính gửi: Phòng Nội vụ "));
        assertEquals("Kính gửi: Ban Tổ chức Quận ủy",
                DocumentParameters.recipient(Normalizer.normalize("Kính gửi: Ban Tổ chức Quận ủy", Normalizer.Form.NFD)));
        assertNull(DocumentParameters.recipient(null));
        assertNull(DocumentParameters.recipient(" "));
    }

    @Test
    void totalsLine() {
        assertEquals("Tổng số: 25 người; chuyên nghiệp: 20; không chuyên nghiệp: 3; không đánh giá: 2",
                DocumentParameters.totals(25, 20, 3, 2));
    }
}
