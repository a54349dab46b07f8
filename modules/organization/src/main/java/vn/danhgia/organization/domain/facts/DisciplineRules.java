package vn.danhgia.organization.domain.facts;

import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewDiscipline;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewInspection;

/** ORG-8: discipline (party or government) and inspection records. */
public final class DisciplineRules {

    public static final Set<String> SYSTEMS = Set.of("PARTY", "GOVERNMENT");
    public static final Set<String> INSPECTION_KINDS = Set.of("UNDER_INSPECTION", "VIOLATION_FOUND");

    private DisciplineRules() {
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewDiscipline d) {
        if (!FactText.oneOf(SYSTEMS, d.system())) {
            return "Hãy chọn kỷ luật Đảng hoặc kỷ luật chính quyền.";
        }
        String measure = FactText.problem("Hình thức kỷ luật", d.measure(), true, 100);
        if (measure != null) {
            return measure;
        }
        if (d.inForceFrom() == null) {
            return "Hãy nhập ngày kỷ luật có hiệu lực.";
        }
        if (d.inForceTo() != null && d.inForceTo().isBefore(d.inForceFrom())) {
            return "Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi.";
        }
        return FactText.problem("Số quyết định", d.decision(), false, 100);
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewInspection i) {
        if (!FactText.oneOf(INSPECTION_KINDS, i.kind())) {
            return "Hãy chọn loại thanh tra, kiểm tra.";
        }
        if (i.startDate() == null) {
            return "Hãy nhập ngày bắt đầu.";
        }
        if (i.endDate() != null && i.endDate().isBefore(i.startDate())) {
            return "Ngày kết thúc phải từ ngày bắt đầu trở đi.";
        }
        return FactText.problem("Kết luận", i.conclusion(), false, 500);
    }
}
