package vn.danhgia.evaluation.domain.professionalism;

/**
 * The PRO-6 condition on the unit (or part) a form-03 person leads. Each value is null when
 * unknown, which fails the condition with the finding "chưa có thông tin" — never a guess.
 *
 * @param nobodyKht           nobody in the unit is rated KHT (không hoàn thành nhiệm vụ)
 * @param nobodyWithViolation nobody in the unit has a violation requiring an accountability review
 *                            (kiểm điểm trách nhiệm) or disciplinary consideration
 */
public record UnitCondition(Boolean nobodyKht, Boolean nobodyWithViolation) {

    public static final UnitCondition UNKNOWN = new UnitCondition(null, null);

    /** The record's text, written out (see {@link CriterionScore#toString}: fingerprints depend on it). */
    @Override
    public String toString() {
        return "UnitCondition[nobodyKht=" + nobodyKht + ", nobodyWithViolation=" + nobodyWithViolation + "]";
    }
}
