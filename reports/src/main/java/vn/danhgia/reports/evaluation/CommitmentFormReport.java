package vn.danhgia.reports.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.VietnameseDates;

/**
 * Form 01 of the yearly commitment (RULES.md PRO-1, PRO-13): "BẢN CAM KẾT XÂY DỰNG PHONG CÁCH LÀM VIỆC CHUYÊN
 * NGHIỆP" of one person, template {@code evaluation/CommitmentForm.jrxml}: an administrative document laid out per
 * Decree 30/2020/NĐ-CP (A4 portrait, Times New Roman 13), as {@code organization/UnitList}.
 */
public final class CommitmentFormReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "evaluation/CommitmentForm";

    private CommitmentFormReport() {
    }

    /**
     * The document's header and the common text of the commitment.
     *
     * @param parentAgency  the body the unit belongs to, e.g. "UBND quận Long Biên" (printed in capitals; may be null)
     * @param agency        the person's unit, e.g. "Phòng Tư pháp" (printed in bold capitals)
     * @param place         place of signing, e.g. "Long Biên"
     * @param date          the day the person signed
     * @param formLabel     e.g. "Mẫu 01" (top right; may be null)
     * @param year          the year of the commitment
     * @param basis         the legal basis, e.g. "Quyết định số 683-QĐ/QU ngày 11/01/2023 ..." (may be null)
     * @param criteriaTitle the criteria set committed to, e.g. "Bộ tiêu chí đánh giá sự chuyên nghiệp của ... quận
     *                      Long Biên" (may be null: a generic wording is printed)
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String formLabel,
                             int year, String basis, String criteriaTitle) {
        public Parameters {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The person and what they committed to.
     *
     * @param fullName    e.g. "Nguyễn Thị Lan"
     * @param position    e.g. "Chuyên viên" (may be null)
     * @param unitName    e.g. "Phòng Tư pháp"
     * @param focusItems  the person's focus items of the year, several lines allowed (may be null)
     * @param signingNote how and when it was signed, e.g. "Ký trên hệ thống lúc 09:15 ngày 23/11/2026 ..." (may be
     *                    null)
     */
    public record Row(String fullName, String position, String unitName, String focusItems, String signingNote) {
        public Row {
            Objects.requireNonNull(fullName, "fullName");
        }
    }

    /** Renders the commitment of one person to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, Row person) {
        return renderer.renderPdf(NAME, parameterMap(parameters, person), List.of(person));
    }

    /** The template's parameters; {@code placeAndDate} is the formatted line "Long Biên, ngày 23 tháng 11 năm 2026". */
    static Map<String, Object> parameterMap(Parameters p, Row person) {
        Map<String, Object> map = new HashMap<>();
        map.put("parentAgency", p.parentAgency());
        map.put("agency", p.agency());
        map.put("placeAndDate", VietnameseDates.placeAndDate(p.place(), p.date()));
        map.put("formLabel", p.formLabel());
        map.put("year", p.year());
        map.put("basis", p.basis());
        map.put("criteriaTitle", p.criteriaTitle());
        map.put("signerName", person.fullName());
        return map;
    }
}
