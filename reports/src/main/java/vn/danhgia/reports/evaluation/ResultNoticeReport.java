package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.danhgia.reports.ReportRenderer;

/**
 * The published notice of a quarter's results (PRO-11 step 6) — "THÔNG BÁO KẾT QUẢ ĐÁNH GIÁ SỰ
 * CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ", template {@code evaluation/ResultNotice.jrxml} (A4 portrait,
 * Decree 30/2020/NĐ-CP layout): the scope, the totals, then the people one by one.
 */
public final class ResultNoticeReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/ResultNotice";

    private ResultNoticeReport() {
    }

    /**
     * The notice's header, totals and signature. Every text may be null (printed as nothing).
     *
     * @param parentAgency    governing agency, e.g. "UBND quận Long Biên" (capitals)
     * @param agency          the publishing body, e.g. "Phòng Nội vụ" (bold capitals)
     * @param place           place of issue, e.g. "Long Biên"
     * @param date            date of issue; null leaves it blank to write in by hand
     * @param period          e.g. "Quý III năm 2023"
     * @param scope           who the notice covers, e.g. "Cán bộ, công chức do lãnh đạo Phòng Nội vụ đánh giá"
     * @param total           number of people listed
     * @param professional    of whom "chuyên nghiệp"
     * @param notProfessional of whom "không chuyên nghiệp"
     * @param notEvaluated    of whom not evaluated (PRO-8)
     * @param signerTitle     e.g. "Trưởng phòng" (bold capitals)
     * @param signerName      e.g. "Nguyễn Văn An" (bold)
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String period,
                             String scope, int total, int professional, int notProfessional, int notEvaluated,
                             String signerTitle, String signerName) {
    }

    /**
     * One person.
     *
     * @param index         the row number ("STT"), from 1
     * @param fullName      e.g. "Nguyễn Thị Thu Hà"
     * @param positionTitle e.g. "Chuyên viên"
     * @param unitName      e.g. "Phòng Tư pháp"
     * @param outcome       "Chuyên nghiệp", "Không chuyên nghiệp", "Không đánh giá"
     * @param note          e.g. the reason for not evaluating (may be null)
     */
    public record Row(int index, String fullName, String positionTitle, String unitName, String outcome, String note) {
    }

    /** Renders the notice to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = DocumentParameters.of(p.parentAgency(), p.agency(), p.place(), p.date(), p.period(),
                p.signerTitle(), p.signerName());
        map.put("scope", p.scope());
        map.put("totals", DocumentParameters.totals(p.total(), p.professional(), p.notProfessional(), p.notEvaluated()));
        return map;
    }
}
