package vn.danhgia.reports.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.VietnameseDates;

/**
 * The list of units ("DANH SÁCH ĐƠN VỊ"), template {@code organization/UnitList.jrxml}: an
 * administrative document laid out per Decree 30/2020/NĐ-CP (A4 portrait, Times New Roman 13).
 */
public final class UnitListReport {

    /** Report name for {@link ReportRenderer#renderPdf}. */
    public static final String NAME = "organization/UnitList";

    private UnitListReport() {
    }

    /**
     * The document's header, title and signature.
     *
     * @param parentAgency governing agency, e.g. "UBND thành phố Hà Nội" (printed in capitals; may be null)
     * @param agency       issuing agency, e.g. "UBND quận Long Biên" (printed in bold capitals)
     * @param place        place of issue, e.g. "Long Biên"
     * @param date         date of issue
     * @param title        e.g. "Danh sách đơn vị" (printed in bold capitals)
     * @param signerTitle  e.g. "Trưởng phòng" or "KT. Chủ tịch" (printed in bold capitals; may be null)
     * @param signerName   e.g. "Nguyễn Văn An" (printed in bold; may be null)
     */
    public record Parameters(String parentAgency, String agency, String place, LocalDate date, String title,
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
     * @param index  the row number ("STT"), from 1
     * @param code   unit code
     * @param name   unit name, e.g. "Phường Thượng Thanh"
     * @param type   unit type, e.g. "Phòng chuyên môn"
     * @param block  block ("khối"), e.g. "Khối chính quyền"
     * @param parent name of the unit it belongs to (may be null)
     */
    public record Row(int index, String code, String name, String type, String block, String parent) {
    }

    /** Renders the unit list to PDF. */
    public static byte[] render(ReportRenderer renderer, Parameters parameters, List<Row> rows) {
        return renderer.renderPdf(NAME, parameterMap(parameters), rows);
    }

    /** The template's parameters; {@code placeAndDate} is the formatted line "Long Biên, ngày 23 tháng 11 năm 2026". */
    static Map<String, Object> parameterMap(Parameters p) {
        Map<String, Object> map = new HashMap<>();
        map.put("parentAgency", p.parentAgency());
        map.put("agency", p.agency());
        map.put("placeAndDate", VietnameseDates.placeAndDate(p.place(), p.date()));
        map.put("title", p.title());
        map.put("signerTitle", p.signerTitle());
        map.put("signerName", p.signerName());
        return map;
    }
}
