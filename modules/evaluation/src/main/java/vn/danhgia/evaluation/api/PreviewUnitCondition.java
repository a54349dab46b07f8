package vn.danhgia.evaluation.api;

/**
 * The PRO-6 condition on the unit (or part) a form-03 person leads; null values are unknown.
 *
 * @param nobodyKht           nobody in it is rated KHT
 * @param nobodyWithViolation nobody in it has a violation requiring an accountability review or discipline
 */
public record PreviewUnitCondition(Boolean nobodyKht, Boolean nobodyWithViolation) {
}
