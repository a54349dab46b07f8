/**
 * Monthly ratings (RULES.md MON-1, MON-2): levels, the 100-point bands, the code-of-conduct deduction and
 * the HTXS share cap, all read from the {@link vn.danhgia.evaluation.domain.monthly.MonRulePack}. Pure Java.
 */
package vn.danhgia.evaluation.domain.monthly;
