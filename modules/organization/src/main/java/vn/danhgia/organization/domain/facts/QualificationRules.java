package vn.danhgia.organization.domain.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewQualification;

/** ORG-6: a degree or certificate with the attributes the EXM rules read. */
public final class QualificationRules {

    public static final Set<String> KINDS = Set.of("DEGREE", "STATE_MANAGEMENT", "POLITICAL_THEORY",
            "FOREIGN_LANGUAGE", "IT", "MINORITY_LANGUAGE", "PROFESSIONAL_TRAINING");
    private static final BigDecimal MAX_SCORE = new BigDecimal("9999.99");

    private QualificationRules() {
    }

    /** The first problem in Vietnamese, or null. */
    public static String problem(NewQualification q, LocalDate today) {
        if (!FactText.oneOf(KINDS, q.kind())) {
            return "Hãy chọn loại bằng cấp, chứng chỉ.";
        }
        String text = first(FactText.problem("Tên bằng, chứng chỉ", q.name(), true, 255),
                FactText.problem("Trình độ", q.level(), false, 32),
                FactText.problem("Chuyên ngành", q.field(), false, 200),
                FactText.problem("Cơ sở đào tạo", q.institution(), false, 255),
                FactText.problem("Quốc gia", q.country(), false, 64),
                FactText.problem("Ngôn ngữ đào tạo", q.languageOfInstruction(), false, 32),
                FactText.problem("Bậc khung năng lực", q.frameworkLevel(), false, 8));
        if (text != null) {
            return text;
        }
        if (q.issuedOn() != null && q.issuedOn().isAfter(today)) {
            return "Ngày cấp không thể ở tương lai.";
        }
        if (q.issuedOn() != null && q.expiresOn() != null && q.expiresOn().isBefore(q.issuedOn())) {
            return "Ngày hết hạn phải từ ngày cấp trở đi.";
        }
        if (q.score() != null && (q.score().signum() < 0 || q.score().compareTo(MAX_SCORE) > 0)) {
            return "Điểm phải từ 0 đến 9999,99.";
        }
        if (q.score() != null && q.score().stripTrailingZeros().scale() > 2) {
            return "Điểm chỉ có tối đa 2 chữ số thập phân.";
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
