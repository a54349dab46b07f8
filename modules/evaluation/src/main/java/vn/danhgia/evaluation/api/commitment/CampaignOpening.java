package vn.danhgia.evaluation.api.commitment;

/**
 * The result of opening a campaign.
 *
 * @param created false when the unit's campaign of the year already existed (opening is idempotent)
 */
public record CampaignOpening(CampaignView campaign, boolean created) {
}
