package vn.danhgia.evaluation.domain.commitment;

import java.time.LocalDate;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Group;
import vn.danhgia.platform.rules.Finding;

/**
 * The deadlines a unit's campaign of a year takes (RULES.md PRO-1), with the finding that explains them (RP-2).
 *
 * @param override true when the date comes from a year override of the rule pack (2023: 28/02)
 */
public record CampaignDeadline(int year, Group group, LocalDate signBy, LocalDate publishBy, boolean override,
                               Finding finding) {
}
