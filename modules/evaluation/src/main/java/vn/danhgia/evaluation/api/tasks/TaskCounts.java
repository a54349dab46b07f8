package vn.danhgia.evaluation.api.tasks;

/** The counts of a sheet (RULES.md MON-3, for unit heads per quarter): assigned, completed, late, redone, proposals. */
public record TaskCounts(int assigned, int completed, int late, int redone, int proposals) {
}
