/**
 * Task sheets, "phiếu giao nhiệm vụ" (RULES.md MON-3): the facade and its DTOs. Codes travel as strings: period kind
 * MONTH/QUARTER, progress ON_TIME/LATE, quality GOOD/FAIR/POOR, result DONE/NOT_DONE.
 */
package vn.danhgia.evaluation.api.tasks;
