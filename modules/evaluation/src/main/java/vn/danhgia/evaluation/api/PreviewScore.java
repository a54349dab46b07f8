package vn.danhgia.evaluation.api;

import java.math.BigDecimal;

/**
 * The score of one criterion.
 *
 * @param criterion 1-based criterion number of the form
 * @param score     1 to 10 in steps of 0.5 (PRO-4); anything else gives INVALID_INPUT
 * @param mandatory optional: the rule pack decides which criteria are mandatory; a value that disagrees
 *                  is reported as a PRO-13 finding and otherwise ignored
 */
public record PreviewScore(int criterion, BigDecimal score, Boolean mandatory) {
}
