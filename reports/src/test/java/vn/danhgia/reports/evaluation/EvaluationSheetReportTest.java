package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danhgia.reports.evaluation.ReportAssertions.assertContains;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.testing.PdfChecks;

class EvaluationSheetReportTest {

    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final String SAMPLE_NOTE = "Bộ tiêu chí mẫu — chỉ để minh họa";
    private static byte[] form04;
    private static byte[] form03;

    /**
     * Form 04 of a civil servant whose criterion 12 (not mandatory) got 7,5 from the evaluator (PRO-7 fails);
     * form 03 of a head of office: 45 criteria, professional.
     */
    @BeforeAll
    static void renderSheets() {
        List<EvaluationSheetReport.Row> rows04 = SampleEvaluations.criteria(30, 12, "7,5");
        form04 = EvaluationSheetReport.render(RENDERER, new EvaluationSheetReport.Parameters(SampleEvaluations.DISTRICT,
                "Phòng Tư pháp", "Long Biên", LocalDate.of(2023, 9, 27), "04", SampleEvaluations.PERIOD,
                "Phạm Thị Ngọc Thắng", "Chuyên viên", "Phòng Tư pháp", SampleEvaluations.sum(rows04, true),
                SampleEvaluations.sum(rows04, false), "300", "Không chuyên nghiệp", List.of(
                        "PRO-5: xếp loại các tháng trong quý đạt yêu cầu (tháng 7 HTXS)",
                        "PRO-7: tổng điểm 288,5 trong khoảng 280–300",
                        "PRO-7: 20/20 nội dung bắt buộc đạt 10 điểm",
                        "PRO-7: tiêu chí 12 đạt 7,5 < 8"),
                null, null, "Trưởng phòng", "Đỗ Quang Thắng", SAMPLE_NOTE, "Tự đánh giá nộp muộn (26/9/2023)"),
                rows04);
        ReportAssertions.writeSample("EvaluationSheet-04", form04);

        List<EvaluationSheetReport.Row> rows03 = SampleEvaluations.criteria(45, 0, null);
        form03 = EvaluationSheetReport.render(RENDERER, new EvaluationSheetReport.Parameters("UBND thành phố Hà Nội",
                "UBND quận Long Biên", "Long Biên", LocalDate.of(2023, 9, 27), "03", SampleEvaluations.PERIOD,
                "Nguyễn Thị Thu Hương", "Trưởng phòng", "Phòng Tài nguyên và Môi trường",
                SampleEvaluations.sum(rows03, true), SampleEvaluations.sum(rows03, false), "450", "Chuyên nghiệp",
                List.of("PRO-6: tổng điểm 435 trong khoảng 420–450", "PRO-6: 30/30 nội dung bắt buộc đạt 10 điểm",
                        "PRO-6: 15/15 nội dung còn lại đạt từ 8 điểm",
                        "PRO-6: đơn vị không có người xếp loại không hoàn thành nhiệm vụ hoặc vi phạm"),
                null, null, "Chủ tịch", "Lê Văn Cường", SAMPLE_NOTE, null), rows03);
        ReportAssertions.writeSample("EvaluationSheet-03", form03);
    }

    @Test
    void form04HeaderTitleAndPerson() {
        String firstPage = PdfChecks.text(form04, 1);
        ReportAssertions.assertOfficialHeader(firstPage, "UBND QUẬN LONG BIÊN", "PHÒNG TƯ PHÁP");
        assertContains(firstPage, "Mẫu 04");
        assertContains(firstPage, "Long Biên, ngày 27 tháng 9 năm 2023");
        assertContains(firstPage, "PHIẾU ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP");
        assertContains(firstPage, "CỦA CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG");
        assertContains(firstPage, "Quý III năm 2023");
        assertContains(firstPage, "Họ và tên: Phạm Thị Ngọc Thắng");
        assertContains(firstPage, "Chức vụ: Chuyên viên");
        assertContains(firstPage, "Đơn vị: Phòng Tư pháp");
        assertContains(firstPage, SAMPLE_NOTE);
        assertContains(firstPage, "Tự đánh giá nộp muộn (26/9/2023)");
    }

    @Test
    void form04CriteriaByGroupWithMandatoryOnesMarked() {
        String text = PdfChecks.text(form04);
        for (String heading : List.of("I. Tư tưởng chính trị, phẩm chất đạo đức, lối sống",
                "II. Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc", "III. Năng lực chuyên môn, nghiệp vụ",
                "IV. Kết quả thực hiện nhiệm vụ")) {
            assertContains(text, heading);
        }
        assertFalse(text.contains("V. Năng lực lãnh đạo"), "form 04 has no leadership criteria");
        assertContains(text, "4 Trung thực, khách quan, thẳng thắn trong công tác (*) 10 10");
        assertContains(text, "10 Không gây phiền hà, sách nhiễu người dân, tổ chức (*) 10 10");
        assertContains(text, "12 Sắp xếp nơi làm việc khoa học, gọn gàng, ngăn nắp 10 7,5");
        assertContains(text, "(*) Nội dung bắt buộc");
        assertEquals(20 + 1, count(text, "(*)"), "20 mandatory criteria and the legend");
    }

    @Test
    void form04TotalsOutcomeAndFindingsUnderTheTable() {
        String text = PdfChecks.text(form04);
        assertContains(text, "Tổng điểm (tối đa 300 điểm) 300 288,5");
        assertContains(text, "Kết quả: Không chuyên nghiệp");
        assertContains(text, "- PRO-7: tiêu chí 12 đạt 7,5 < 8");
        assertContains(text, "- PRO-7: tổng điểm 288,5 trong khoảng 280–300");
        assertTrue(text.indexOf("Kết quả: Không chuyên nghiệp") > text.indexOf("Tổng điểm"));
        assertTrue(text.indexOf("Tổng điểm") > text.indexOf("Tham gia tích cực các phong trào thi đua"));
    }

    @Test
    void form04TableOnTwoPagesThenTheOutcomeAndSignaturesTogether() {
        assertEquals(3, PdfChecks.pageCount(form04));
        for (int page = 1; page <= 3; page++) {
            assertContains(PdfChecks.text(form04, page), "Trang " + page + "/3");
        }
        String second = PdfChecks.text(form04, 2);
        assertContains(second, "Nội dung tiêu chí");
        assertContains(second, "Cấp có thẩm");
        assertContains(second, "Tổng điểm (tối đa 300 điểm)");
        assertContains(second, "(*) Nội dung bắt buộc");
        String third = PdfChecks.text(form04, 3);
        assertFalse(third.contains("Nội dung tiêu chí"), "no table header above the outcome");
        assertContains(third, "Kết quả: Không chuyên nghiệp");
        assertContains(third, "NGƯỜI TỰ ĐÁNH GIÁ");
        assertContains(third, "TRƯỞNG PHÒNG");
        assertContains(third, "Phạm Thị Ngọc Thắng");
        assertContains(third, "Đỗ Quang Thắng");
        assertFalse(third.contains("NGƯỜI NHẬN XÉT"), "form 04 has no commenting deputy");
        assertFalse(third.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the header is on page 1 only");
    }

    @Test
    void form03FortyFiveCriteriaSpanThreePages() {
        int pages = PdfChecks.pageCount(form03);
        assertEquals(3, pages);
        for (int page = 1; page <= pages; page++) {
            String pageText = PdfChecks.text(form03, page);
            assertContains(pageText, "Trang " + page + "/" + pages);
            assertContains(pageText, "Nội dung tiêu chí");
        }
        ReportAssertions.assertOfficialHeader(PdfChecks.text(form03, 1), "UBND THÀNH PHỐ HÀ NỘI", "UBND QUẬN LONG BIÊN");
        String text = PdfChecks.text(form03);
        assertContains(text, "Mẫu 03");
        assertContains(text, "V. Năng lực lãnh đạo, quản lý (cán bộ diện Ban Thường vụ quản lý)");
        assertContains(text, "45 Thực hành tiết kiệm, chống lãng phí trong đơn vị 10 9");
        assertEquals(30 + 1, count(text, "(*)"), "30 mandatory criteria and the legend");
        assertContains(text, "Tổng điểm (tối đa 450 điểm) 450 435");
        assertContains(text, "Kết quả: Chuyên nghiệp");
        assertContains(text, "- PRO-6: 15/15 nội dung còn lại đạt từ 8 điểm");
        assertContains(text, "CHỦ TỊCH");
        assertContains(text, "Nguyễn Thị Thu Hương");
    }

    @Test
    void form05WithTheDeputysComment() {
        List<EvaluationSheetReport.Row> rows = SampleEvaluations.criteria(30, 0, null);
        byte[] pdf = EvaluationSheetReport.render(RENDERER, new EvaluationSheetReport.Parameters(
                SampleEvaluations.DISTRICT, "Văn phòng HĐND và UBND quận", "Long Biên", LocalDate.of(2023, 9, 27),
                "05", SampleEvaluations.PERIOD, "Hoàng Minh Hùng", "Chuyên viên", "Văn phòng HĐND và UBND quận",
                "300", "290", "300", "Chuyên nghiệp", List.of("PRO-7: đạt tất cả điều kiện"), "Trần Văn Phượng",
                "Hoàn thành tốt nhiệm vụ được giao; chủ động, sáng tạo trong công tác tham mưu tổng hợp.",
                "Chánh Văn phòng", "Vũ Thị Hồng Nguyệt", null, null), rows);
        ReportAssertions.writeSample("EvaluationSheet-05", pdf);
        String text = PdfChecks.text(pdf);
        assertContains(text, "Mẫu 05");
        assertContains(text, "Ý kiến nhận xét của đồng chí Trần Văn Phượng:");
        assertContains(text, "Hoàn thành tốt nhiệm vụ được giao; chủ động, sáng tạo");
        assertContains(text, "NGƯỜI TỰ ĐÁNH GIÁ NGƯỜI NHẬN XÉT CHÁNH VĂN PHÒNG");
        assertContains(text, "Hoàng Minh Hùng Trần Văn Phượng Vũ Thị Hồng Nguyệt");
        ReportAssertions.assertEmbeddedLiberationSerif(pdf);
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() {
        ReportAssertions.assertEmbeddedLiberationSerif(form04);
        ReportAssertions.assertEmbeddedLiberationSerif(form03);
    }

    @Test
    void aBlankSheetToFillInByHand() {
        EvaluationSheetReport.Parameters parameters = new EvaluationSheetReport.Parameters(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<EvaluationSheetReport.Row> rows = Arrays.asList(new EvaluationSheetReport.Row(1, null, null, false, null, null),
                new EvaluationSheetReport.Row(2, "I. Nhóm tiêu chí", "Tiêu chí bắt buộc", true, null, null));
        byte[] pdf = EvaluationSheetReport.render(RENDERER, parameters, rows);
        ReportAssertions.writeSample("EvaluationSheet-blank", pdf);
        String text = PdfChecks.text(pdf);
        assertEquals(1, PdfChecks.pageCount(pdf));
        assertContains(text, "Ngày ..... tháng ..... năm ........");
        assertContains(text, "Họ và tên:");
        assertContains(text, "Tiêu chí bắt buộc (*)");
        assertContains(text, "Kết quả: chưa có kết quả");
        assertContains(text, "Trang 1/1");
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("Mẫu"), text);
        ReportAssertions.assertEmbeddedLiberationSerif(pdf);

        String noRows = PdfChecks.text(EvaluationSheetReport.render(RENDERER, parameters, List.of()));
        assertContains(noRows, "Nội dung tiêu chí");
        assertContains(noRows, "Tổng điểm");
        assertContains(noRows, "NGƯỜI TỰ ĐÁNH GIÁ");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
