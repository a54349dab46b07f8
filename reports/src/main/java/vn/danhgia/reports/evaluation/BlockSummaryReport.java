package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.danhgia.reports.ReportRenderer;

/**
 * Form 07 (PRO-11 step 5): a focal body's aggregate of its block, unit by unit, sent to the Party
 * Organisation Board — "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC, NLĐ KHỐI ...",
 * template {@code evaluation/BlockSummary.jrxml} (A4 landscape, Decree 30/2020/NĐ-CP layout). The
 * template adds a "Tổng cộng" row: the sums of the counts and the block's share of professional
 * people among those evaluated.
 */
public final class BlockSummaryReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/BlockSummary";

    private BlockSummaryReport() {
    }

    /**
     * The document's header and signature. Every text may be null (printed as nothing).
     *
     * @param parentAgency governing agency, e.g. "UBND quận Long Biên" (capitals)
     * @param agency       the focal body, e.g. "Phòng Nội vụ" (bold capitals)
     * @param place        place of issue, e.g. "Long Biên"
     * @param date         date of issue; null leaves it blank to write in by hand
     * @param period       e.g. "Quý III năm 2023"
     * @param blockName    e.g. "Khối chính quyền", appended to the title in capitals
     * @param recipient    e.g. "Ban Tổ chức Quận ủy" or "Kính gửi: Ban Tổ chức Quận ủy"
     * @param signerTitle  e.g. "Trưởng phòng" (bold capitals)
     * @param signerName   e.g. "Nguyễn Văn An" (bold)
     * @param lateNote     e.g. "Gửi muộn: hạn ngày 30/9/2023" (PRO-11), printed under the recipient
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String period,
                             String blockName, String recipient, String signerTitle, String signerName,
                             String lateNote) {
    }

    /**
     * One unit of the block.
     *
     * @param index             the row number ("STT"), from 1
     * @param unitName          e.g. "Phòng Tư pháp"
     * @param people            staff of the unit
     * @param evaluated         of whom evaluated (professional + not professional)
     * @param professional      of whom "chuyên nghiệp"
     * @param notProfessional   of whom "không chuyên nghiệp"
     * @param notEvaluated      of whom not evaluated (PRO-8)
     * @param professionalShare the unit's share of professional people among those evaluated, e.g. "85,0%"
     * @param note              e.g. "Gửi biểu muộn" (may be null)
     */
    public record Row(int index, String unitName, int people, int evaluated, int professional, int notProfessional,
                      int notEvaluated, String professionalShare, String note) {
    }

    /** Renders form 07 to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = DocumentParameters.of(p.parentAgency(), p.agency(), p.place(), p.date(), p.period(),
                p.signerTitle(), p.signerName());
        map.put("blockName", p.blockName());
        map.put("recipient", DocumentParameters.recipient(p.recipient()));
        map.put("lateNote", p.lateNote());
        return map;
    }
}
