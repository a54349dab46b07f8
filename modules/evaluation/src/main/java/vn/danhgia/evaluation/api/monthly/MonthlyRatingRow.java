package vn.danhgia.evaluation.api.monthly;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A person of a unit and their current rating of the month; the rating fields are null (violations 0) when the
 * month is not rated yet.
 *
 * @param revision the current revision (1 for the first rating), null when not rated
 */
public record MonthlyRatingRow(long personId, String staffCode, String fullName, String positionTitle,
                               Integer revision, BigDecimal score, int violations, String level,
                               boolean enteredDirectly, String explanation, String rulePack,
                               LocalDateTime ratedAt, String ratedBy, String reason) {

    public boolean rated() {
        return level != null;
    }
}
