package vn.danhgia.reports.evaluation;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

/** Form 01 (RULES.md PRO-1, PRO-13, PUB-1): a person's signed commitment. */
class CommitmentFormReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final String FOCUS = "- Giải quyết 100% hồ sơ chứng thực đúng hạn, không để tồn đọng.\n"
            + "- Hoàn thành rà soát văn bản quy phạm pháp luật của quận trước ngày 30/6/2025.\n"
            + "- Tham gia bồi dưỡng kỹ năng số; sử dụng thành thạo phần mềm quản lý văn bản.";
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = CommitmentFormReport.render(RENDERER, parameters(), person(FOCUS,
                "Ký trên hệ thống lúc 09:15 ngày 15/01/2025 (tài khoản lan.nt)."));
        // for looking at: pdftoppm -png -r 60 reports/target/sample-CommitmentForm.pdf reports/target/sample-CommitmentForm
        Path sample = Path.of(System.getProperty("reports.sample.dir", "target"), "sample-CommitmentForm.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
    }

    static CommitmentFormReport.Parameters parameters() {
        return new CommitmentFormReport.Parameters("UBND quận Long Biên", "Phòng Tư pháp", "Long Biên",
                LocalDate.of(2025, 1, 15), "Mẫu 01", 2025,
                "Quyết định số 683-QĐ/QU ngày 11/01/2023 của Ban Thường vụ Quận ủy Long Biên",
                "Bộ tiêu chí đánh giá sự chuyên nghiệp của cán bộ, công chức, viên chức, người lao động quận Long Biên");
    }

    static CommitmentFormReport.Row person(String focus, String note) {
        return new CommitmentFormReport.Row("Nguyễn Thị Lan", "Chuyên viên", "Phòng Tư pháp", focus, note);
    }

    @Test
    @DisplayName("PRO-1 form 01: one page with the header of an administrative document, the form number and the title")
    void headerAndTitle() {
        assertEquals(1, PdfChecks.pageCount(pdf));
        String text = PdfChecks.text(pdf);
        assertContains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertContains(text, "Độc lập - Tự do - Hạnh phúc");
        assertContains(text, "UBND QUẬN LONG BIÊN");
        assertContains(text, "PHÒNG TƯ PHÁP");
        assertContains(text, "Mẫu 01");
        assertContains(text, "Long Biên, ngày 15 tháng 01 năm 2025");
        assertContains(oneLine(text), "BẢN CAM KẾT XÂY DỰNG PHONG CÁCH LÀM VIỆC CHUYÊN NGHIỆP Năm 2025");
        assertContains(text, "Trang 1/1");
    }

    @Test
    @DisplayName("PRO-1 form 01: the person, the basis, the criteria and the focus items line by line")
    void body() {
        String text = oneLine(PdfChecks.text(pdf));
        assertContains(text, "Họ và tên: Nguyễn Thị Lan");
        assertContains(text, "Chức vụ: Chuyên viên");
        assertContains(text, "Đơn vị công tác: Phòng Tư pháp");
        assertContains(text, "Căn cứ Quyết định số 683-QĐ/QU ngày 11/01/2023");
        assertContains(text, "tôi cam kết xây dựng phong cách làm việc chuyên nghiệp năm 2025");
        assertContains(text, "2. Các nội dung trọng tâm thực hiện:");
        assertContains(text, "- Giải quyết 100% hồ sơ chứng thực đúng hạn, không để tồn đọng.");
        assertContains(text, "sử dụng thành thạo phần mềm quản lý văn bản.");
        assertContains(text, "Ký trên hệ thống lúc 09:15 ngày 15/01/2025");
        assertContains(text, "3. Nếu không thực hiện đúng những nội dung đã cam kết, tôi xin chịu trách nhiệm trước thủ"
                + " trưởng đơn vị.");
    }

    @Test
    @DisplayName("PRO-1 form 01: the signature of the person who committed closes the document")
    void signature() {
        String text = PdfChecks.text(pdf);
        assertContains(text, "NGƯỜI CAM KẾT");
        assertContains(text, "(Đã ký trên hệ thống)");
        assertTrue(text.lastIndexOf("Nguyễn Thị Lan") > text.indexOf("NGƯỜI CAM KẾT"), "the name under the title");
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
    @DisplayName("PRO-1 form 01: long focus items run onto a second page, numbered X/Y, the signature after them")
    void longFocusItems() {
        StringBuilder focus = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            focus.append("- Nội dung trọng tâm số ").append(i).append(": thực hiện đúng quy trình, đúng hạn.\n");
        }
        byte[] document = CommitmentFormReport.render(RENDERER, parameters(), person(focus.toString().strip(), null));
        assertEquals(2, PdfChecks.pageCount(document));
        String second = PdfChecks.text(document, 2);
        assertContains(second, "Nội dung trọng tâm số 40");
        assertContains(second, "NGƯỜI CAM KẾT");
        assertContains(second, "Trang 2/2");
        assertEquals(List.of(), PdfChecks.fontProblems(document));
    }

    @Test
    @DisplayName("PRO-1 form 01: without focus items, parent agency or note — a plain wording, never 'null'")
    void minimal() {
        String nfd = Normalizer.normalize("Trường Tiểu học Đức Giang", Normalizer.Form.NFD);
        byte[] document = CommitmentFormReport.render(RENDERER,
                new CommitmentFormReport.Parameters(null, nfd, null, LocalDate.of(2024, 9, 9), null, 2024, null, null),
                new CommitmentFormReport.Row("Lê Văn Tâm", null, nfd, null, null));
        String text = oneLine(PdfChecks.text(document));
        assertContains(text, "TRƯỜNG TIỂU HỌC ĐỨC"); // the agency column wraps "GIANG"
        assertContains(text, "Ngày 09 tháng 9 năm 2024");
        assertContains(text, "(Không ghi nội dung trọng tâm riêng.)");
        assertContains(text, "Căn cứ quy định khung năng lực vị trí việc làm");
        assertFalse(text.contains("null"), text);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(Normalizer.isNormalized(needle, Normalizer.Form.NFC), "test strings are NFC");
        assertTrue(haystack.contains(needle), () -> "PDF text does not contain \"" + needle + "\":\n" + haystack);
    }
}
