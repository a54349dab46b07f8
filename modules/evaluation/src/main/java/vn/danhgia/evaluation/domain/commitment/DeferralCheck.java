package vn.danhgia.evaluation.domain.commitment;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.platform.rules.Finding;

/**
 * Whether a person signs later because of a leave at signing time (RULES.md PRO-1), with the finding (RP-2).
 *
 * @param deferred true when the person was on a leave of at least the pack's length on the signing date
 * @param kinds    the kinds of the leave that covers the signing date (several when absences follow each other);
 *                 empty when there is none
 * @param from     first day of that leave (null when there is none)
 * @param to       last day of that leave (null when there is none)
 * @param reason   a short Vietnamese reason for lists and forms, e.g. "Nghỉ thai sản từ 01/01/2025 đến
 *                 28/02/2025"; null when not deferred
 */
public record DeferralCheck(boolean deferred, List<String> kinds, LocalDate from, LocalDate to, String reason,
                            Finding finding) {

    public DeferralCheck {
        kinds = List.copyOf(kinds);
    }
}
