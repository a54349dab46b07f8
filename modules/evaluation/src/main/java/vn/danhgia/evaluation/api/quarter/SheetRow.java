package vn.danhgia.evaluation.api.quarter;

import java.math.BigDecimal;

/**
 * One person of a quarter in a list, with the state of each step (late steps flagged, PRO-11) and the current
 * ruling (null outcome = not ruled yet).
 */
public record SheetRow(long sheetId, long personId, String staffCode, String fullName, String positionTitle,
                       long unitId, String unitName, Long focalUnitId, String focalUnitName, String formCode,
                       Long evaluatorPersonId, String evaluatorName, Long commenterPersonId, String commenterName, boolean selfDone, boolean selfLate,
                       boolean commentDone, boolean commentLate, boolean scored, boolean scoredLate,
                       String outcome, BigDecimal total, boolean adjusted, String notEvaluatedReason) {
}
