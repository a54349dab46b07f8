package vn.danhgia.evaluation.api.commitment;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Yearly commitments (RULES.md PRO-1, forms 01 and 02; PRO-13; PUB-1, PUB-2): a unit's campaign of a year with the
 * deadlines of the rule pack in force (RP-1), each person's signature — final, with its late / deferred /
 * supplementary decision and explanation (RP-2) — and the publication of the unit list. Refusals are
 * {@link CommitmentException}s with a Vietnamese message; nothing is changed then. Role checks (who may open and
 * publish) are the caller's; who signs is checked here.
 */
@Local
public interface CommitmentFacade {

    /**
     * Opens the unit's campaign of the year: the deadline group from the unit's kind (schools or other units), the
     * deadlines from the PRO rule pack as of today (RP-1). Idempotent: when the campaign exists it is returned
     * unchanged ({@code created} false).
     *
     * @throws CommitmentException NOT_FOUND when the unit does not exist or is not valid on the sign-by date
     */
    CampaignOpening open(long unitId, int year, String by);

    /** The unit's campaign of the year, if opened. */
    Optional<CampaignView> campaign(long unitId, int year);

    /** The campaign with this id, if any. */
    Optional<CampaignView> campaign(long campaignId);

    /**
     * The campaign and every person of it: signed (late, deferred, supplementary), not signed (overdue after the
     * sign-by date) or deferred (on a leave of at least one month at signing time).
     *
     * @throws CommitmentException NOT_FOUND
     */
    UnitCommitments unitList(long campaignId);

    /**
     * The user {@code by} signs their own commitment: the person is the one the account acts as; a {@code personId}
     * other than that is refused (nobody signs for someone else). The person must belong to the unit (primary
     * membership on the sign-by date or today) and not have signed yet — signing is final. A late signature is
     * accepted and marked late; a signature after a long leave, or after the unit list was published, goes to the
     * supplementary list.
     *
     * @param personId   the person signing, or null for "the account's person"
     * @param focusItems the person's focus items for the year ("nội dung trọng tâm thực hiện"), optional, ≤ 4000
     * @throws CommitmentException FORBIDDEN (no person, someone else, not of the unit), CONFLICT (already signed),
     *                             INVALID, NOT_FOUND
     */
    CommitmentRow sign(long campaignId, Long personId, String focusItems, String by);

    /**
     * Publishes the unit list (form 02). Publishing a published campaign changes nothing and returns it as it is.
     * A publication after the publish-by date is accepted and marked late.
     *
     * @param expectedVersion the campaign version the user saw (optional); another one is refused with CONFLICT
     */
    CampaignView publish(long campaignId, Long expectedVersion, String by);

    /**
     * Form 01 of a person who signed: "BẢN CAM KẾT XÂY DỰNG PHONG CÁCH LÀM VIỆC CHUYÊN NGHIỆP" (PDF, Decree 30 layout).
     *
     * @throws CommitmentException NOT_FOUND when the person has not signed in the campaign
     */
    byte[] formPdf(long campaignId, long personId);

    /**
     * Form 02: the unit list (everyone of the campaign with the date they signed, or why not), or with
     * {@code supplementary} the supplementary list (the people who signed after a leave or after publication).
     */
    byte[] listPdf(long campaignId, boolean supplementary);
}
