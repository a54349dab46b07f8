package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.reports.evaluation.ReportAssertions.assertContains;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

class ResultNoticeReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final int PAGES = 4;
    private static byte[] pdf;

    /** The Home Affairs Office's notice of 60 people: 48 professional, 7 not, 5 not evaluated. */
    @BeforeAll
    static void renderSixtyPeople() {
        List<ResultNoticeReport.Row> rows = new ArrayList<>();
        int[] counts = new int[3];
        for (int i = 0; i < 60; i++) {
            String outcome = SampleEvaluations.outcome(i);
            counts[outcome.equals("Chuyên nghiệp") ? 0 : outcome.equals("Không chuyên nghiệp") ? 1 : 2]++;
            rows.add(new ResultNoticeReport.Row(i + 1, SampleEvaluations.name(i), SampleEvaluations.position(i),
                    SampleEvaluations.UNITS[i % SampleEvaluations.UNITS.length], outcome, SampleEvaluations.note(i)));
        }
        assertEquals(List.of(48, 7, 5), List.of(counts[0], counts[1], counts[2]), "sample data");
        ResultNoticeReport.Parameters parameters = new ResultNoticeReport.Parameters(SampleEvaluations.DISTRICT,
                "Phòng Nội vụ", "Long Biên", LocalDate.of(2023, 10, 3), SampleEvaluations.PERIOD,
                "Cán bộ, công chức do lãnh đạo Phòng Nội vụ đánh giá", 60, 48, 7, 5, "Trưởng phòng",
                "Nguyễn Thị Thu Hà");
        pdf = ResultNoticeReport.render(RENDERER, parameters, rows);
        ReportAssertions.writeSample("ResultNotice", pdf);
    }

    @Test
    void sixtyPeopleTakeFourLandscapePagesNumberedXOfY() {
        assertEquals(PAGES, PdfChecks.pageCount(pdf));
        for (int page = 1; page <= PAGES; page++) {
            assertContains(PdfChecks.text(pdf, page), "Trang " + page + "/" + PAGES);
        }
    }

    @Test
    void titleAndScopeBeforeTheList() {
        String firstPage = PdfChecks.text(pdf, 1);
        ReportAssertions.assertOfficialHeader(firstPage, "UBND QUẬN LONG BIÊN", "PHÒNG NỘI VỤ");
        assertContains(firstPage, "Long Biên, ngày 03 tháng 10 năm 2023");
        assertContains(firstPage, "THÔNG BÁO KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ");
        assertContains(firstPage, "Quý III năm 2023");
        assertContains(firstPage, "Cán bộ, công chức do lãnh đạo Phòng Nội vụ đánh giá");
        assertTrue(firstPage.indexOf("Cán bộ, công chức do lãnh đạo") < firstPage.indexOf(SampleEvaluations.name(0)));
        assertFalse(PdfChecks.text(pdf, 2).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the header is on page 1 only");
    }

    @Test
    void everyPersonWithTheTableHeaderOnEveryPage() {
        for (int page = 1; page <= PAGES; page++) {
            String pageText = PdfChecks.text(pdf, page);
            for (String column : List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Kết quả", "Ghi chú")) {
                assertContains(pageText, column);
            }
        }
        String text = PdfChecks.text(pdf);
        for (int i = 0; i < 60; i++) {
            assertContains(text, SampleEvaluations.name(i));
        }
        assertContains(text, "Phòng Lao động - Thương binh và Xã hội");
        assertContains(text, "Nghỉ thai sản từ");
        assertContains(text, "Không chuyên nghiệp");
        assertContains(text, "Không đánh giá");
    }

    @Test
    void totalsAndSignatureAfterTheList() {
        String lastPage = PdfChecks.text(pdf, PAGES);
        assertContains(lastPage, "Tổng số: 60 người; chuyên nghiệp: 48; không chuyên nghiệp: 7; không đánh giá: 5");
        assertContains(lastPage, "TRƯỞNG PHÒNG");
        assertContains(lastPage, "Nguyễn Thị Thu Hà");
        assertTrue(lastPage.indexOf("Tổng số: 60") > lastPage.indexOf(SampleEvaluations.name(59)));
        assertTrue(lastPage.indexOf("TRƯỞNG PHÒNG") > lastPage.indexOf("Tổng số: 60"));
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() {
        ReportAssertions.assertEmbeddedLiberationSerif(pdf);
    }

    @Test
    void nullOptionalFieldsAndDecomposedText() {
        ResultNoticeReport.Parameters parameters = new ResultNoticeReport.Parameters(null,
                Normalizer.normalize("Phòng Giáo dục và Đào tạo", Normalizer.Form.NFD), null, null, null, null,
                1, 0, 0, 1, null, null);
        byte[] document = ResultNoticeReport.render(RENDERER, parameters, List.of(new ResultNoticeReport.Row(1,
                Normalizer.normalize("Vũ Thị Hồng Nguyệt", Normalizer.Form.NFD), null, null, "Không đánh giá", null)));
        String text = PdfChecks.text(document);
        assertEquals(1, PdfChecks.pageCount(document));
        assertContains(text, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertContains(text, "Vũ Thị Hồng Nguyệt");
        assertContains(text, "Tổng số: 1 người; chuyên nghiệp: 0; không chuyên nghiệp: 0; không đánh giá: 1");
        assertFalse(text.contains("null"), text);
        ReportAssertions.assertEmbeddedLiberationSerif(document);
    }
}
