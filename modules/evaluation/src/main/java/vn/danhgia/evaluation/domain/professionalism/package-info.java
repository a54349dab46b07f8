/**
 * The quarterly professionalism evaluation (RULES.md PRO-1..PRO-13): the rule pack model
 * ({@link vn.danhgia.evaluation.domain.professionalism.ProRulePack}), the form choice (PRO-3), the score
 * scale (PRO-4) and the decision (PRO-5..PRO-8) as a {@code Ruling} with findings (RP-2). Pure Java: no
 * Jakarta imports; every threshold, date and list comes from the pack.
 */
package vn.danhgia.evaluation.domain.professionalism;
