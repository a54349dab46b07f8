/**
 * Monthly ratings (RULES.md MON-1, MON-2, PUB-2): the entry checks, level derivation with its explanation and the
 * revision decision ({@link vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules}, pure Java), and the
 * insert-only persistence of {@code eva_monthly_rating}.
 */
package vn.danhgia.evaluation.infrastructure.monthly;
