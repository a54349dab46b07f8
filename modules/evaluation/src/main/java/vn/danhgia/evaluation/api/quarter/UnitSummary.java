package vn.danhgia.evaluation.api.quarter;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Form 06 of a unit (RULES.md PRO-11 step 3): its people and their current rulings, the counts, and whether and when
 * the unit sent it to its focal body (late flagged).
 */
public record UnitSummary(QuarterView quarter, long unitId, String unitName, Long focalUnitId, String focalUnitName,
                          List<SheetRow> rows, Counts counts, LocalDateTime submittedAt, String submittedBy,
                          boolean submittedLate, boolean canSubmit) {

    /** People counted by outcome; {@code pending} = not ruled yet. */
    public record Counts(int total, int professional, int notProfessional, int notEvaluated, int pending) {
    }
}
