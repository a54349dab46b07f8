package vn.danhgia.evaluation.api.quarter;

import java.time.LocalDateTime;

/** A person proposed for praise or reward (RULES.md PRO-12), sent to the unit's focal body. */
public record RewardProposal(long sheetId, String fullName, String positionTitle, String unitName,
                             Long focalUnitId, String focalUnitName, String outcome, String reason,
                             LocalDateTime proposedAt, String proposedBy) {
}
