/**
 * Exam eligibility module (RULES.md EXM): promotion exam campaigns, eligibility, exemptions, dossiers, scores and ranking.
 * Owns the {@code exm_} tables. Other modules use {@link vn.danhgia.exam.api} only.
 */
package vn.danhgia.exam;
