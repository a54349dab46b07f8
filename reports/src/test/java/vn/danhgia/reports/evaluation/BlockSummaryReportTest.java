package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.reports.evaluation.ReportAssertions.assertContains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

class BlockSummaryReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static byte[] pdf;

    /** The government block collected by the Home Affairs Office: 12 units. */
    @BeforeAll
    static void renderTwelveUnits() {
        pdf = BlockSummaryReport.render(RENDERER, parameters("Kính gửi: Ban Tổ chức Quận ủy", null), rows(12));
        ReportAssertions.writeSample("BlockSummary", pdf);
    }

    static BlockSummaryReport.Parameters parameters(String recipient, String lateNote) {
        return new BlockSummaryReport.Parameters(SampleEvaluations.DISTRICT, "Phòng Nội vụ", "Long Biên",
                LocalDate.of(2023, 9, 30), SampleEvaluations.PERIOD, "Khối chính quyền", recipient, "Trưởng phòng",
                "Nguyễn Thị Thu Hà", lateNote);
    }

    /** Unit i: 12 + 3i people, i % 3 not evaluated, i % 4 not professional. */
    static List<BlockSummaryReport.Row> rows(int count) {
        List<BlockSummaryReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int people = 12 + 3 * i;
            int notEvaluated = i % 3;
            int notProfessional = i % 4;
            int evaluated = people - notEvaluated;
            int professional = evaluated - notProfessional;
            rows.add(new BlockSummaryReport.Row(i + 1, SampleEvaluations.UNITS[i], people, evaluated, professional,
                    notProfessional, notEvaluated, share(professional, evaluated), i == 10 ? "Gửi muộn" : null));
        }
        return rows;
    }

    private static String share(int part, int whole) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%.1f%%", 100.0 * part / whole);
    }

    @Test
    void twelveUnitsThenTheTotalsAndSignatureWithTheTableHeaderOnPageTwo() {
        assertEquals(2, PdfChecks.pageCount(pdf));
        assertContains(PdfChecks.text(pdf, 1), "Trang 1/2");
        String second = PdfChecks.text(pdf, 2);
        assertContains(second, "Trang 2/2");
        // the signature never stands alone on a page: the totals row goes with it, under the table header
        assertContains(second, "Đơn vị");
        assertContains(second, "Tổng cộng");
        assertContains(second, "TRƯỞNG PHÒNG");
    }

    @Test
    void headerOfForm07WithTheBlockInTheTitle() {
        String text = PdfChecks.text(pdf);
        ReportAssertions.assertOfficialHeader(text, "UBND QUẬN LONG BIÊN", "PHÒNG NỘI VỤ");
        assertContains(text, "Mẫu 07");
        assertContains(text, "Long Biên, ngày 30 tháng 9 năm 2023");
        assertContains(text, "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ KHỐI CHÍNH QUYỀN");
        assertContains(text, "Quý III năm 2023");
        assertContains(text, "Kính gửi: Ban Tổ chức Quận ủy");
    }

    @Test
    void unitRowsAndTheTotalsRow() {
        String text = PdfChecks.text(pdf);
        assertContains(text, "STT");
        assertContains(text, "Tỷ lệ");
        assertContains(text, "1 Văn phòng HĐND và UBND quận 12 12 12 0 0 100,0%");
        assertContains(text, "Phòng Lao động - Thương binh và Xã hội");
        assertContains(text, "11 UBND phường Bồ Đề 42 41 39 2 1 95,1% Gửi muộn");
        // 12 units: 342 people, 330 evaluated (12 not), 312 professional (18 not): 312 / 330 = 94,5%
        assertContains(text, "Tổng cộng 342 330 312 18 12 94,5%");
        assertTrue(text.indexOf("Tổng cộng") > text.indexOf("UBND phường Thượng Thanh"));
        assertTrue(text.indexOf("TRƯỞNG PHÒNG") > text.indexOf("Tổng cộng"));
        assertContains(text, "Nguyễn Thị Thu Hà");
    }

    @Test
    void manyUnitsRepeatTheTableHeader() {
        List<BlockSummaryReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new BlockSummaryReport.Row(i + 1, "Trường Mầm non số " + (i + 1), 30, 30, 29, 1, 0, "96,7%", null));
        }
        byte[] document = BlockSummaryReport.render(RENDERER, parameters("Ban Tổ chức Quận ủy", null), rows);
        int pages = PdfChecks.pageCount(document);
        assertTrue(pages >= 2, "pages: " + pages);
        for (int page = 1; page <= pages; page++) {
            String pageText = PdfChecks.text(document, page);
            assertContains(pageText, "Trang " + page + "/" + pages);
            if (pageText.contains("Trường Mầm non") || pageText.contains("Tổng cộng")) {
                assertContains(pageText, "Đơn vị");
            }
        }
        String text = PdfChecks.text(document);
        assertContains(text, "Kính gửi: Ban Tổ chức Quận ủy");
        assertContains(text, "Tổng cộng 1200 1200 1160 40 0 96,7%");
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() {
        ReportAssertions.assertEmbeddedLiberationSerif(pdf);
    }

    @Test
    void lateNoteIsVisible() {
        String text = PdfChecks.text(BlockSummaryReport.render(RENDERER,
                parameters("Ban Tổ chức Quận ủy", "Gửi muộn: hạn ngày 30/9/2023"), rows(2)));
        assertContains(text, "Gửi muộn: hạn ngày 30/9/2023");
    }

    @Test
    void nullOptionalFieldsAndNoRows() {
        BlockSummaryReport.Parameters parameters = new BlockSummaryReport.Parameters(null, null, null, null, null,
                null, null, null, null, null);
        byte[] document = BlockSummaryReport.render(RENDERER, parameters, List.of());
        String text = PdfChecks.text(document);
        assertEquals(1, PdfChecks.pageCount(document));
        assertContains(text, "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ");
        assertContains(text, "Tổng cộng 0 0 0 0 0 —");
        assertFalse(text.contains("null"), text);
        ReportAssertions.assertEmbeddedLiberationSerif(document);

        String oneRow = PdfChecks.text(BlockSummaryReport.render(RENDERER, parameters,
                List.of(new BlockSummaryReport.Row(1, null, 0, 0, 0, 0, 0, null, null))));
        assertContains(oneRow, "Tổng cộng 0 0 0 0 0 —");
        assertFalse(oneRow.contains("null"), oneRow);
    }
}
