package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.reports.evaluation.ReportAssertions.assertContains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

class UnitSummaryReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static byte[] pdf;

    /** Form 06 of the Justice Office: 25 people, 20 professional, 3 not, 2 not evaluated. */
    @BeforeAll
    static void renderTwentyFivePeople() {
        List<UnitSummaryReport.Row> rows = new ArrayList<>();
        int professional = 0;
        int notProfessional = 0;
        int notEvaluated = 0;
        for (int i = 0; i < 25; i++) {
            String outcome = SampleEvaluations.outcome(i);
            switch (outcome) {
                case "Chuyên nghiệp" -> professional++;
                case "Không chuyên nghiệp" -> notProfessional++;
                default -> notEvaluated++;
            }
            rows.add(new UnitSummaryReport.Row(i + 1, SampleEvaluations.name(i), SampleEvaluations.position(i),
                    i == 0 ? "03" : "05", switch (outcome) {
                        case "Chuyên nghiệp" -> "295";
                        case "Không chuyên nghiệp" -> "286,5";
                        default -> null;
                    },
                    outcome, SampleEvaluations.note(i)));
        }
        UnitSummaryReport.Parameters parameters = new UnitSummaryReport.Parameters(SampleEvaluations.DISTRICT,
                "Phòng Tư pháp", "Long Biên", LocalDate.of(2023, 9, 28), SampleEvaluations.PERIOD, "Phòng Nội vụ",
                25, professional, notProfessional, notEvaluated, "Trưởng phòng", "Lê Thị Minh Phượng", null);
        pdf = UnitSummaryReport.render(RENDERER, parameters, rows);
        ReportAssertions.writeSample("UnitSummary", pdf);
    }

    @Test
    void twentyFivePeopleTakeTwoPagesNumberedXOfY() {
        assertEquals(2, PdfChecks.pageCount(pdf));
        assertContains(PdfChecks.text(pdf, 1), "Trang 1/2");
        assertContains(PdfChecks.text(pdf, 2), "Trang 2/2");
    }

    @Test
    void headerOfForm06() {
        String firstPage = PdfChecks.text(pdf, 1);
        ReportAssertions.assertOfficialHeader(firstPage, "UBND QUẬN LONG BIÊN", "PHÒNG TƯ PHÁP");
        assertContains(firstPage, "Mẫu 06");
        assertContains(firstPage, "Long Biên, ngày 28 tháng 9 năm 2023");
        assertContains(firstPage, "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP");
        assertContains(firstPage, "CỦA CBCCVC, NLĐ");
        assertContains(firstPage, "Quý III năm 2023");
        assertContains(firstPage, "Kính gửi: Phòng Nội vụ");
    }

    @Test
    void tableWithItsHeaderOnEveryPage() {
        for (int page = 1; page <= 2; page++) {
            String pageText = PdfChecks.text(pdf, page);
            for (String column : List.of("STT", "Họ và tên", "Chức vụ", "Kết quả", "Ghi chú")) {
                assertContains(pageText, column);
            }
        }
        String text = PdfChecks.text(pdf);
        assertContains(text, SampleEvaluations.name(0));
        assertContains(text, SampleEvaluations.name(24));
        assertContains(text, "286,5");
        assertContains(text, "03/7/2023"); // "Nghỉ thai sản từ 03/7/2023" wraps in the note column
    }

    @Test
    void totalsAndSignatureAfterTheTable() {
        String lastPage = PdfChecks.text(pdf, 2);
        assertContains(lastPage, "Tổng số: 25 người; chuyên nghiệp: 20; không chuyên nghiệp: 3; không đánh giá: 2");
        assertContains(lastPage, "TRƯỞNG PHÒNG");
        assertContains(lastPage, "Lê Thị Minh Phượng");
        assertTrue(lastPage.indexOf("Tổng số: 25") > lastPage.indexOf(SampleEvaluations.name(24)));
        assertTrue(lastPage.indexOf("TRƯỞNG PHÒNG") > lastPage.indexOf("Tổng số: 25"));
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() {
        ReportAssertions.assertEmbeddedLiberationSerif(pdf);
    }

    @Test
    void lateAndRecipientWrittenInFull() {
        UnitSummaryReport.Parameters parameters = new UnitSummaryReport.Parameters(SampleEvaluations.DISTRICT,
                "UBND phường Bồ Đề", "Bồ Đề", LocalDate.of(2023, 9, 29), SampleEvaluations.PERIOD,
                "Kính gửi: Phòng Nội vụ quận Long Biên", 1, 1, 0, 0, "Chủ tịch", "Đỗ Quang Thắng",
                "Gửi muộn: hạn ngày 28/9/2023");
        String text = PdfChecks.text(UnitSummaryReport.render(RENDERER, parameters, List.of(
                new UnitSummaryReport.Row(1, "Ngô Thị Yến", "Công chức Văn phòng - Thống kê", "04", "300",
                        "Chuyên nghiệp", null))));
        assertContains(text, "Kính gửi: Phòng Nội vụ quận Long Biên");
        assertFalse(text.contains("Kính gửi: Kính gửi"));
        assertContains(text, "Gửi muộn: hạn ngày 28/9/2023");
        assertContains(text, "Tổng số: 1 người; chuyên nghiệp: 1; không chuyên nghiệp: 0; không đánh giá: 0");
    }

    @Test
    void nullOptionalFieldsAndNoRows() {
        UnitSummaryReport.Parameters parameters = new UnitSummaryReport.Parameters(null, null, null, null, null,
                null, 0, 0, 0, 0, null, null, null);
        byte[] document = UnitSummaryReport.render(RENDERER, parameters, List.of(
                new UnitSummaryReport.Row(1, "Bùi Văn Cường", null, null, null, null, null)));
        String text = PdfChecks.text(document);
        assertEquals(1, PdfChecks.pageCount(document));
        assertContains(text, "Bùi Văn Cường");
        assertContains(text, "Ngày ..... tháng ..... năm ........");
        assertContains(text, "Trang 1/1");
        assertFalse(text.contains("null"), text);
        ReportAssertions.assertEmbeddedLiberationSerif(document);

        assertContains(PdfChecks.text(UnitSummaryReport.render(RENDERER, parameters, List.of())), "Họ và tên");
    }
}
