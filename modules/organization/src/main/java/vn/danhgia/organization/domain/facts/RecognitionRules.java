package vn.danhgia.organization.domain.facts;

import java.time.LocalDate;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewEmulationTitle;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewLegalParticipation;

/** ORG-6: emulation titles and awards, and participation in drafting legal documents, projects and research. */
public final class RecognitionRules {

    public static final Set<String> LEGAL_KINDS = Set.of("LEGAL_DOCUMENT", "PROJECT", "RESEARCH");
    /** The first year an emulation title may be recorded for. */
    public static final int FIRST_YEAR = 1975;

    private RecognitionRules() {
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewEmulationTitle t, LocalDate today) {
        String text = first(FactText.problem("Danh hiệu thi đua, khen thưởng", t.title(), true, 200),
                FactText.problem("Cấp khen thưởng", t.level(), false, 64));
        if (text != null) {
            return text;
        }
        int last = today.getYear() + 1;
        if (t.year() == null) {
            return "Hãy nhập năm được công nhận.";
        }
        if (t.year() < FIRST_YEAR || t.year() > last) {
            return "Năm được công nhận phải từ " + FIRST_YEAR + " đến " + last + ".";
        }
        if (t.awardedOn() != null && t.awardedOn().getYear() != t.year()) {
            return "Ngày công nhận phải thuộc năm " + t.year() + ".";
        }
        return null;
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewLegalParticipation l, LocalDate today) {
        if (!FactText.oneOf(LEGAL_KINDS, l.kind())) {
            return "Hãy chọn loại: văn bản quy phạm pháp luật, đề án hoặc đề tài nghiên cứu.";
        }
        String text = first(FactText.problem("Tên văn bản, đề án, đề tài", l.title(), true, 500),
                FactText.problem("Vai trò", l.role(), false, 64));
        if (text != null) {
            return text;
        }
        if (l.approvedOn() != null && l.approvedOn().isAfter(today)) {
            return "Ngày phê duyệt không thể ở tương lai.";
        }
        return null;
    }

    private static String first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
