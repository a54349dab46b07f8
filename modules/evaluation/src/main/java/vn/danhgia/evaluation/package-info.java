/**
 * Evaluation module (RULES.md MON, PRO): monthly ratings, task sheets, commitments and the quarterly professionalism cycle with its batch run.
 * Owns the {@code eva_} tables. Other modules use {@link vn.danhgia.evaluation.api} only.
 */
package vn.danhgia.evaluation;
