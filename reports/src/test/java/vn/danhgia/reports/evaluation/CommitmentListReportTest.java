package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

/** Form 02 (RULES.md PRO-1, PUB-1): the unit's commitment list and its supplementary list. */
class CommitmentListReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final String TITLE = "Danh sách cán bộ, công chức, viên chức, người lao động ký cam kết xây dựng"
            + " phong cách làm việc chuyên nghiệp";
    private static final String[] NAMES = {"Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hồng Nhung", "Phạm Quốc Việt",
        "Hoàng Thị Thu Hà", "Vũ Đức Thắng", "Đặng Thị Ngọc Ánh", "Bùi Minh Tuấn", "Đỗ Thị Hương", "Ngô Văn Dũng"};
    private static byte[] pdf;

    @BeforeAll
    static void renderFortyFivePeople() throws IOException {
        pdf = CommitmentListReport.render(RENDERER, parameters(TITLE), rows(45));
        // for looking at: pdftoppm -png -r 60 reports/target/sample-CommitmentList.pdf reports/target/sample-CommitmentList
        Path sample = Path.of(System.getProperty("reports.sample.dir", "target"), "sample-CommitmentList.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    static CommitmentListReport.Parameters parameters(String title) {
        return new CommitmentListReport.Parameters("UBND quận Long Biên", "Phòng Tư pháp", "Long Biên",
                LocalDate.of(2025, 1, 24), "Mẫu 02", title, "Năm 2025",
                "Hạn ký cam kết: 20/01/2025; công khai danh sách chậm nhất: 25/01/2025",
                "Tổng số: 45 người; đã ký: 41 (ký muộn: 4); chưa ký: 2; chưa phải ký do nghỉ từ 01 tháng trở lên: 2.",
                "- Ngăn thư mục \"ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ\";\n- Lưu: VT.",
                "Trưởng phòng", "Nguyễn Văn An");
    }

    static List<CommitmentListReport.Row> rows(int count) {
        List<CommitmentListReport.Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String note = i % 11 == 0 ? "Ký muộn (hạn 20/01/2025)"
                    : i == 3 ? "Chưa ký: nghỉ thai sản từ 01/11/2024 đến 30/04/2025; ký sau khi hết thời gian nghỉ"
                    : null;
            rows.add(new CommitmentListReport.Row(i, NAMES[i % NAMES.length] + (i > NAMES.length ? " " + i : ""),
                    i == 1 ? "Trưởng phòng" : i == 2 ? "Phó Trưởng phòng" : "Chuyên viên",
                    i == 3 ? "" : String.format("%02d/01/2025", 2 + i % 18), note));
        }
        return rows;
    }

    @Test
    @DisplayName("PRO-1 form 02: 45 people take two pages numbered X/Y, the table header on both")
    void twoPagesWithTheTableHeaderOnEach() {
        assertEquals(2, PdfChecks.pageCount(pdf));
        for (int page = 1; page <= 2; page++) {
            String text = PdfChecks.text(pdf, page);
            assertContains(text, "Trang " + page + "/2");
            for (String column : List.of("STT", "Họ và tên", "Chức vụ", "Ngày ký", "Ghi chú")) {
                assertContains(text, column);
            }
        }
    }

    @Test
    @DisplayName("PRO-1 form 02: the header of an administrative document, the form number and the title in capitals")
    void headerAndTitle() {
        String first = PdfChecks.text(pdf, 1);
        assertContains(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertContains(first, "Độc lập - Tự do - Hạnh phúc");
        assertContains(first, "UBND QUẬN LONG BIÊN");
        assertContains(first, "PHÒNG TƯ PHÁP");
        assertContains(first, "Mẫu 02");
        assertContains(first, "Long Biên, ngày 24 tháng 01 năm 2025");
        assertContains(oneLine(first), "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG KÝ CAM KẾT XÂY DỰNG"
                + " PHONG CÁCH LÀM VIỆC CHUYÊN NGHIỆP");
        assertContains(first, "Năm 2025");
        assertContains(first, "Hạn ký cam kết: 20/01/2025");
        assertFalse(PdfChecks.text(pdf, 2).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the header is on page 1 only");
    }

    @Test
    @DisplayName("PRO-1 form 02: rows with the date signed and the notes (late, deferred with the leave)")
    void rowsAndNotes() {
        String text = oneLine(PdfChecks.text(pdf));
        assertContains(text, "Nguyễn Thị Lan");
        assertContains(text, "Lê Thị Hồng Nhung");
        assertContains(text, "Ký muộn (hạn 20/01/2025)");
        assertContains(text, "nghỉ thai sản từ 01/11/2024");
    }

    @Test
    @DisplayName("PRO-1 form 02: totals, recipients and the signature follow the table")
    void totalsAndSignatureAfterTheTable() {
        String last = PdfChecks.text(pdf, 2);
        assertContains(last, "Tổng số: 45 người");
        assertContains(last, "Nơi nhận:");
        assertContains(last, "- Lưu: VT.");
        assertContains(last, "TRƯỞNG PHÒNG");
        assertContains(last, "Nguyễn Văn An");
        assertTrue(last.indexOf("Tổng số") > last.lastIndexOf("Chuyên viên"), "totals follow the table");
    }

    @Test
    @DisplayName("PUB-1: every font is embedded Liberation Serif, none is a standard font")
    void fontsEmbedded() {
        assertEquals(List.of(), PdfChecks.fontProblems(pdf));
        for (String font : PdfChecks.fontNames(pdf)) {
            assertTrue(font.startsWith("LiberationSerif"), "unexpected font " + font);
        }
    }

    @Test
    @DisplayName("PRO-1 supplementary list: its own title; decomposed names are printed composed")
    void supplementaryList() {
        String nfd = Normalizer.normalize("Đặng Thị Ngọc Ánh", Normalizer.Form.NFD);
        byte[] document = CommitmentListReport.render(RENDERER, parameters("Danh sách bổ sung cán bộ, công chức, viên"
                        + " chức, người lao động ký cam kết xây dựng phong cách làm việc chuyên nghiệp"),
                List.of(new CommitmentListReport.Row(1, nfd, "Chuyên viên", "05/05/2025",
                        "Nghỉ thai sản từ 01/11/2024 đến 30/04/2025; ký sau khi hết thời gian nghỉ")));
        assertEquals(1, PdfChecks.pageCount(document));
        String text = oneLine(PdfChecks.text(document));
        assertContains(text, "DANH SÁCH BỔ SUNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG KÝ CAM KẾT");
        assertContains(text, "Đặng Thị Ngọc Ánh");
        assertContains(text, "05/05/2025");
        assertEquals(List.of(), PdfChecks.fontProblems(document));
    }

    @Test
    @DisplayName("PRO-1 form 02: an empty list still gives the document, without optional parts or 'null'")
    void emptyAndMinimal() {
        CommitmentListReport.Parameters minimal = new CommitmentListReport.Parameters(null, "Trường Mầm non Hoa Sữa",
                null, LocalDate.of(2024, 9, 25), null, TITLE, null, null, null, null, null, null);
        byte[] document = CommitmentListReport.render(RENDERER, minimal, List.of());
        assertEquals(1, PdfChecks.pageCount(document));
        String text = PdfChecks.text(document);
        assertContains(text, "TRƯỜNG MẦM NON HOA"); // the agency column wraps "SỮA"
        assertContains(text, "Ngày 25 tháng 9 năm 2024");
        assertContains(text, "Trang 1/1");
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("Nơi nhận"), text);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(Normalizer.isNormalized(needle, Normalizer.Form.NFC), "test strings are NFC");
        assertTrue(haystack.contains(needle), () -> "PDF text does not contain \"" + needle + "\":\n" + haystack);
    }
}
