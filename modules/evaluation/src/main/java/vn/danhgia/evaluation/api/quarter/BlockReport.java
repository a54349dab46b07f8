package vn.danhgia.evaluation.api.quarter;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Form 07 of a focal body (RULES.md PRO-11 step 5): one line per unit of its block, with the unit's form-06 state,
 * and whether and when the focal body sent it (late flagged). A null focal body = the whole district.
 */
public record BlockReport(QuarterView quarter, Long focalUnitId, String focalUnitName, List<UnitLine> units,
                          UnitSummary.Counts counts, LocalDateTime submittedAt, String submittedBy,
                          boolean submittedLate, boolean canSubmit) {

    public record UnitLine(long unitId, String unitName, UnitSummary.Counts counts, boolean summarySent,
                           boolean summaryLate) {
    }
}
