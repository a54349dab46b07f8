package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.danhgia.reports.ReportRenderer;

/**
 * Forms 03, 04 and 05 (PRO-3): a person's quarterly professionalism sheet — "PHIẾU ĐÁNH GIÁ SỰ
 * CHUYÊN NGHIỆP CỦA CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG", template
 * {@code evaluation/EvaluationSheet.jrxml} (A4 portrait, Decree 30/2020/NĐ-CP layout): the criteria by
 * group with the person's and the evaluator's scores, mandatory criteria marked "(*)", the totals,
 * the outcome with the ruling's findings, the deputy's comment (form 05), and the signatures.
 */
public final class EvaluationSheetReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/EvaluationSheet";

    private EvaluationSheetReport() {
    }

    /**
     * The sheet's header, person, totals, outcome and signatures. Every text and the list may be null
     * (printed as nothing, or blank to fill in by hand).
     *
     * @param parentAgency   governing agency, e.g. "UBND quận Long Biên" (capitals)
     * @param agency         the person's unit or agency, e.g. "Phòng Nội vụ" (bold capitals)
     * @param place          place, e.g. "Long Biên"
     * @param date           date of the sheet; null leaves it blank to write in by hand
     * @param formCode       "03", "04" or "05", printed as "Mẫu 03" under the motto
     * @param period         e.g. "Quý III năm 2023"
     * @param personName     the person evaluated, e.g. "Nguyễn Thị Thu Hà"
     * @param positionTitle  e.g. "Chuyên viên"
     * @param unitName       e.g. "Phòng Nội vụ"
     * @param selfTotal      the person's total, e.g. "290"
     * @param total          the evaluator's total
     * @param maxTotal       the maximum, e.g. "300"
     * @param outcome        "Chuyên nghiệp", "Không chuyên nghiệp", "Không đánh giá"; null: no result yet
     * @param findings       the ruling's explanation lines, e.g. "PRO-7: tiêu chí 12 đạt 7,5 < 8"
     * @param commenterName  form 05: the deputy who commented
     * @param comment        the deputy's comment
     * @param evaluatorTitle e.g. "Trưởng phòng" (bold capitals)
     * @param evaluatorName  e.g. "Nguyễn Văn An" (bold)
     * @param criteriaNote   e.g. "Bộ tiêu chí mẫu — chỉ để minh họa", printed under the person
     * @param lateNote       e.g. "Tự đánh giá nộp muộn (26/9/2023)" (PRO-11), printed under the person
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String formCode,
                             String period, String personName, String positionTitle, String unitName,
                             String selfTotal, String total, String maxTotal, String outcome, List<String> findings,
                             String commenterName, String comment, String evaluatorTitle, String evaluatorName,
                             String criteriaNote, String lateNote) {
    }

    /**
     * One criterion.
     *
     * @param number    the criterion's number ("STT"), from 1
     * @param group     its group, e.g. "I. Tư tưởng chính trị, phẩm chất đạo đức, lối sống"; a heading line is
     *                  printed where it changes (null: no heading)
     * @param criterion the criterion's text
     * @param mandatory whether it is a mandatory criterion ("nội dung bắt buộc", marked "(*)")
     * @param selfScore the person's score, e.g. "9,5" (null if none)
     * @param score     the evaluator's score (null if none)
     */
    public record Row(int number, String group, String criterion, boolean mandatory, String selfScore, String score) {
    }

    /** Renders the sheet to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    /** The template's parameters: the evaluator signs as {@code signerTitle}/{@code signerName}; the findings, one a line. */
    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = DocumentParameters.of(p.parentAgency(), p.agency(), p.place(), p.date(), p.period(),
                p.evaluatorTitle(), p.evaluatorName());
        map.put("formCode", p.formCode());
        map.put("personName", p.personName());
        map.put("positionTitle", p.positionTitle());
        map.put("unitName", p.unitName());
        map.put("selfTotal", p.selfTotal());
        map.put("total", p.total());
        map.put("maxTotal", p.maxTotal());
        map.put("outcome", p.outcome());
        String findings = p.findings() == null ? "" : p.findings().stream()
                .filter(Objects::nonNull).map(line -> "- " + line).collect(Collectors.joining("\n"));
        map.put("findings", findings.isEmpty() ? null : findings);
        map.put("commenterName", p.commenterName());
        map.put("comment", p.comment());
        map.put("criteriaNote", p.criteriaNote());
        map.put("lateNote", p.lateNote());
        return map;
    }
}
