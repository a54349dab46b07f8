package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.danhgia.reports.ReportRenderer;

/**
 * Form 06 (PRO-11 step 3): a unit's summary of the quarter's professionalism results, sent to its
 * focal body — "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ", template
 * {@code evaluation/UnitSummary.jrxml} (A4 portrait, Decree 30/2020/NĐ-CP layout).
 */
public final class UnitSummaryReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/UnitSummary";

    private UnitSummaryReport() {
    }

    /**
     * The document's header, totals and signature. Every text may be null (printed as nothing).
     *
     * @param parentAgency    governing agency, e.g. "UBND quận Long Biên" (capitals)
     * @param agency          the unit, e.g. "Phòng Tư pháp" (bold capitals)
     * @param place           place of issue, e.g. "Long Biên"
     * @param date            date of issue; null leaves it blank to write in by hand
     * @param period          e.g. "Quý III năm 2023"
     * @param recipient       the focal body, e.g. "Phòng Nội vụ" or "Kính gửi: Phòng Nội vụ"
     * @param total           number of people in the summary
     * @param professional    of whom "chuyên nghiệp"
     * @param notProfessional of whom "không chuyên nghiệp"
     * @param notEvaluated    of whom not evaluated (PRO-8)
     * @param signerTitle     e.g. "Trưởng phòng" (bold capitals)
     * @param signerName      e.g. "Nguyễn Văn An" (bold)
     * @param lateNote        e.g. "Gửi muộn: hạn ngày 28/9/2023" (PRO-11), printed under the recipient
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String period,
                             String recipient, int total, int professional, int notProfessional, int notEvaluated,
                             String signerTitle, String signerName, String lateNote) {
    }

    /**
     * One person.
     *
     * @param index         the row number ("STT"), from 1
     * @param fullName      e.g. "Nguyễn Thị Thu Hà"
     * @param positionTitle e.g. "Chuyên viên"
     * @param formCode      the sheet's form, "03", "04" or "05"
     * @param total         the decided total, e.g. "290" (null if none)
     * @param outcome       "Chuyên nghiệp", "Không chuyên nghiệp", "Không đánh giá" (null if none yet)
     * @param note          e.g. the reason for not evaluating (may be null)
     */
    public record Row(int index, String fullName, String positionTitle, String formCode, String total, String outcome,
                      String note) {
    }

    /** Renders form 06 to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = DocumentParameters.of(p.parentAgency(), p.agency(), p.place(), p.date(), p.period(),
                p.signerTitle(), p.signerName());
        map.put("recipient", DocumentParameters.recipient(p.recipient()));
        map.put("totals", DocumentParameters.totals(p.total(), p.professional(), p.notProfessional(), p.notEvaluated()));
        map.put("lateNote", p.lateNote());
        return map;
    }
}
