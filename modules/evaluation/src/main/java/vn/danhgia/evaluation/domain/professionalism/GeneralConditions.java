package vn.danhgia.evaluation.domain.professionalism;

/**
 * Which personal conditions of PRO-5 the pack applies (all three in the Long Biên 2023 pack): no
 * disciplinary measure in force, not under inspection, no violation found by an inspection.
 */
public record GeneralConditions(boolean noDisciplineInForce, boolean notUnderInspection,
                                boolean noViolationFoundByInspection) {
}
