/**
 * Monthly ratings (RULES.md MON-1, MON-2): the facade other modules and the web layer use, and its DTOs.
 * Levels travel as their codes ("HTXS", "HTT", "HT", "KHT").
 */
package vn.danhgia.evaluation.api.monthly;
