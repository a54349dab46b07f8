package vn.danhgia.evaluation.api.commitment;

import java.time.LocalDateTime;

/**
 * A person of a unit's campaign and where they stand (RULES.md PRO-1).
 *
 * @param overdue        not signed, not deferred, and the sign-by date has passed
 * @param late           signed after the sign-by date without a leave that deferred it (recorded, not refused)
 * @param deferred       DEFERRED now, or signed after a leave of at least one month at signing time
 * @param deferralReason the leave, e.g. "Nghỉ thai sản từ 01/01/2025 đến 28/02/2025" (null unless deferred)
 * @param supplementary  signed and on the supplementary list (deferred, or signed after the unit list was published)
 * @param explanation    the findings of the signature (RP-2), or of the deferral for a DEFERRED person
 */
public record CommitmentRow(long personId, String staffCode, String fullName, String positionTitle,
                            CommitmentStatus status, boolean overdue, LocalDateTime signedAt, String signedBy,
                            boolean late, boolean deferred, String deferralReason, boolean supplementary,
                            String focusItems, String explanation) {

    public boolean signed() {
        return status == CommitmentStatus.SIGNED;
    }
}
