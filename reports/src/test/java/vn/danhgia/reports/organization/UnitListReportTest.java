package vn.danhgia.reports.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

class UnitListReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void renderFiftyEightUnits() throws IOException {
        pdf = UnitListReport.render(RENDERER, SampleUnits.parameters(), SampleUnits.rows(58));
        text = PdfChecks.text(pdf);
        // for looking at: pdftoppm -png -r 60 reports/target/sample-UnitList.pdf reports/target/sample-UnitList
        Path sample = Path.of(System.getProperty("reports.sample.dir", "target"), "sample-UnitList.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    @Test
    void fiftyEightUnitsTakeTwoPagesNumberedXOfY() {
        assertEquals(2, PdfChecks.pageCount(pdf));
        assertContains(PdfChecks.text(pdf, 1), "Trang 1/2");
        assertContains(PdfChecks.text(pdf, 2), "Trang 2/2");
    }

    @Test
    void headerOfAnAdministrativeDocument() {
        String firstPage = PdfChecks.text(pdf, 1);
        assertContains(firstPage, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertContains(firstPage, "Độc lập - Tự do - Hạnh phúc");
        assertContains(firstPage, "UBND QUẬN LONG BIÊN");
        assertContains(firstPage, "PHÒNG NỘI VỤ");
        assertContains(firstPage, "Long Biên, ngày 05 tháng 12 năm 2023");
        assertContains(firstPage, "DANH SÁCH ĐƠN VỊ");
        assertFalse(PdfChecks.text(pdf, 2).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the header is on page 1 only");
    }

    @Test
    void tableWithItsHeaderOnEveryPage() {
        for (int page = 1; page <= 2; page++) {
            String pageText = PdfChecks.text(pdf, page);
            for (String column : List.of("STT", "Mã", "Tên đơn vị", "Loại", "Khối", "Trực thuộc")) {
                assertContains(pageText, column);
            }
        }
        assertContains(text, "Phường Thượng Thanh");
        assertContains(text, "Phòng Tài nguyên và Môi");   // wraps: "...Môi / trường"
        assertContains(text, "Trường Tiểu học Đức Giang");
        assertContains(text, "PX024");
    }

    @Test
    void signatureBlockAfterTheTable() {
        String lastPage = PdfChecks.text(pdf, 2);
        assertContains(lastPage, "TRƯỞNG PHÒNG");
        assertContains(lastPage, "Nguyễn Thị Thu Hà");
        assertTrue(lastPage.indexOf("TRƯỞNG PHÒNG") > lastPage.indexOf("PX024"), "signature follows the table");
    }

    @Test
    void everyFontIsEmbeddedLiberationSerifAndNoneIsAStandardFont() {
        assertEquals(List.of(), PdfChecks.fontProblems(pdf));
        assertFalse(PdfChecks.fonts(pdf).isEmpty());
        for (String font : PdfChecks.fontNames(pdf)) {
            assertTrue(font.startsWith("LiberationSerif"), "unexpected font " + font);
        }
    }

    @Test
    void decomposedInputIsPrintedComposed() {
        String nfd = Normalizer.normalize("Phường Thượng Thanh", Normalizer.Form.NFD);
        UnitListReport.Parameters parameters = new UnitListReport.Parameters(
                Normalizer.normalize(SampleUnits.DISTRICT, Normalizer.Form.NFD), "Phòng Nội vụ", "Long Biên",
                LocalDate.of(2026, 1, 5), "Danh sách đơn vị", null, null);
        byte[] document = UnitListReport.render(RENDERER, parameters,
                List.of(new UnitListReport.Row(1, "PX001", nfd, "UBND phường", "Khối phường", SampleUnits.DISTRICT)));
        String extracted = PdfChecks.text(document);
        assertContains(extracted, "Phường Thượng Thanh");
        assertContains(extracted, "UBND QUẬN LONG BIÊN");
        assertContains(extracted, "Long Biên, ngày 05 tháng 01 năm 2026");
    }

    @Test
    void noRowsStillGivesTheDocumentWithAnEmptyTable() {
        byte[] document = UnitListReport.render(RENDERER, SampleUnits.parameters(), List.of());
        assertEquals(1, PdfChecks.pageCount(document));
        String extracted = PdfChecks.text(document);
        assertContains(extracted, "DANH SÁCH ĐƠN VỊ");
        assertContains(extracted, "Tên đơn vị");
        assertContains(extracted, "Trang 1/1");
        assertEquals(List.of(), PdfChecks.fontProblems(document));
    }

    @Test
    void withoutParentAgencyOrSigner() {
        UnitListReport.Parameters parameters = new UnitListReport.Parameters(null, "UBND quận Long Biên", null,
                LocalDate.of(2026, 3, 9), "Danh sách đơn vị", null, null);
        String extracted = PdfChecks.text(UnitListReport.render(RENDERER, parameters, SampleUnits.rows(3)));
        assertContains(extracted, "UBND QUẬN LONG BIÊN");
        assertContains(extracted, "Ngày 09 tháng 3 năm 2026");
        assertFalse(extracted.contains("null"));
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(Normalizer.isNormalized(needle, Normalizer.Form.NFC), "test strings are NFC");
        assertTrue(haystack.contains(needle), () -> "PDF text does not contain \"" + needle + "\":\n" + haystack);
    }
}
