package vn.danhgia.evaluation.api.commitment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A unit's commitment campaign of a year (RULES.md PRO-1) as opened: its deadlines from the rule pack version named
 * (RP-1) with their explanation (RP-2), and the publication of the unit list (form 02), if done.
 *
 * @param group         "SCHOOLS" (sign by 20/9) or "OTHERS" (sign by 20/01), from the unit's kind
 * @param publishedLate the unit list was published after {@code publishBy} (accepted, shown)
 * @param version       the optimistic lock, to send back when publishing
 */
public record CampaignView(long id, long unitId, String unitName, int year, String group, LocalDate signBy,
                           LocalDate publishBy, boolean deadlineOverride, String rulePack, int rulePackVersion,
                           String explanation, LocalDateTime openedAt, String openedBy, LocalDateTime publishedAt,
                           String publishedBy, boolean publishedLate, long version) {

    public boolean published() {
        return publishedAt != null;
    }
}
