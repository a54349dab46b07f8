package vn.danhgia.evaluation.api.monthly;

/**
 * What an entry gives without saving: the level and its explanation, or the problem (then level is null).
 */
public record MonthlyPreview(String level, String explanation, String problem) {
}
