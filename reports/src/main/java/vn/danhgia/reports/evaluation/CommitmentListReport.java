package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.VietnameseDates;

/**
 * Form 02 of the yearly commitment (RULES.md PRO-1): the unit's "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO
 * ĐỘNG KÝ CAM KẾT ..." or its supplementary list, template {@code evaluation/CommitmentList.jrxml}: an administrative
 * document laid out per Decree 30/2020/NĐ-CP (A4 portrait, Times New Roman 13), as {@code organization/UnitList}.
 */
public final class CommitmentListReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/CommitmentList";

    private CommitmentListReport() {
    }

    /**
     * The document's header, title, totals and signature.
     *
     * @param parentAgency the body the unit belongs to (printed in capitals; may be null)
     * @param agency       the unit issuing the list, e.g. "Phòng Tư pháp" (printed in bold capitals)
     * @param place        place of issue, e.g. "Long Biên"
     * @param date         date of issue
     * @param formLabel    e.g. "Mẫu 02" (top right; may be null)
     * @param title        e.g. "Danh sách cán bộ, công chức, viên chức, người lao động ký cam kết ..." (printed in
     *                     bold capitals)
     * @param subtitle     e.g. "Năm 2025" (bold; may be null)
     * @param note         e.g. the deadlines (italic; may be null)
     * @param totals       e.g. "Tổng số: 20 người; đã ký: 17; chưa ký: 1; ..." (after the table; may be null)
     * @param recipients   the "Nơi nhận" lines, e.g. "- Lưu: VT." (may be null)
     * @param signerTitle  e.g. "Thủ trưởng đơn vị" (printed in bold capitals; may be null)
     * @param signerName   e.g. "Nguyễn Văn An" (printed in bold; may be null)
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String formLabel,
                             String title, String subtitle, String note, String totals, String recipients,
                             String signerTitle, String signerName) {
        public Parameters {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * One table row.
     *
     * @param index    the row number ("STT"), from 1
     * @param fullName e.g. "Nguyễn Thị Lan"
     * @param position e.g. "Chuyên viên" (may be null)
     * @param signedOn the day signed, e.g. "05/01/2025"; empty when not signed
     * @param note     e.g. "Ký muộn", "Chưa ký: nghỉ thai sản từ ... đến ..." (may be null)
     */
    public record Row(int index, String fullName, String position, String signedOn, String note) {
    }

    /** Renders the list to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    /** The template's parameters; {@code placeAndDate} is the formatted line "Long Biên, ngày 23 tháng 11 năm 2026". */
    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = new HashMap<>();
        map.put("parentAgency", p.parentAgency());
        map.put("agency", p.agency());
        map.put("placeAndDate", VietnameseDates.placeAndDate(p.place(), p.date()));
        map.put("formLabel", p.formLabel());
        map.put("title", p.title());
        map.put("subtitle", p.subtitle());
        map.put("note", p.note());
        map.put("totals", p.totals());
        map.put("recipients", p.recipients());
        map.put("signerTitle", p.signerTitle());
        map.put("signerName", p.signerName());
        return map;
    }
}
