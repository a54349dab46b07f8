package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation form and its pass conditions (RULES.md PRO-6 for form 03, PRO-7 for forms 04/05).
 *
 * @param ruleId         the rule that states the conditions ("PRO-6", "PRO-7"); findings carry it
 * @param criteriaCount  number of criteria the documents prescribe (45 / 30); the set must match
 * @param mandatoryCount number of mandatory criteria (30 / 20); the set must match
 * @param totalMin       lowest passing total (420 / 280)
 * @param totalMax       highest total (450 / 300)
 * @param mandatoryScore score every mandatory criterion must reach (10)
 * @param otherMinScore  lowest score of every other criterion (8)
 * @param unitCondition  whether the PRO-6 condition on the unit the person leads applies (form 03)
 */
public record FormDefinition(String code, String title, String ruleId, CriteriaSet criteriaSet, int criteriaCount,
                             int mandatoryCount, BigDecimal totalMin, BigDecimal totalMax, BigDecimal mandatoryScore,
                             BigDecimal otherMinScore, boolean unitCondition) {

    public FormDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(totalMin, "totalMin");
        Objects.requireNonNull(totalMax, "totalMax");
        Objects.requireNonNull(mandatoryScore, "mandatoryScore");
        Objects.requireNonNull(otherMinScore, "otherMinScore");
        if (criteriaSet.criteria().size() != criteriaCount) {
            throw new IllegalArgumentException("form " + code + ": criteria set " + criteriaSet.id() + " has "
                    + criteriaSet.criteria().size() + " criteria, the form prescribes " + criteriaCount);
        }
        if (criteriaSet.mandatoryCount() != mandatoryCount) {
            throw new IllegalArgumentException("form " + code + ": criteria set " + criteriaSet.id() + " marks "
                    + criteriaSet.mandatoryCount() + " criteria mandatory, the form prescribes " + mandatoryCount);
        }
        if (totalMin.compareTo(totalMax) > 0) {
            throw new IllegalArgumentException("form " + code + ": totalMin above totalMax");
        }
    }

    public Optional<Criterion> criterion(int number) {
        return number >= 1 && number <= criteriaCount
                ? Optional.of(criteriaSet.criteria().get(number - 1)) : Optional.empty();
    }

    public int otherCount() {
        return criteriaCount - mandatoryCount;
    }
}
