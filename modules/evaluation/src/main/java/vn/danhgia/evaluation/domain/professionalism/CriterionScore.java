package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;

/**
 * The score of one criterion of a sheet, with the criterion's mandatory flag as the form
 * definition states it (RULES.md PRO-4, PRO-6, PRO-7).
 *
 * @param score null when the criterion was not scored (an invalid sheet)
 */
public record CriterionScore(int criterion, BigDecimal score, boolean mandatory) {
}
