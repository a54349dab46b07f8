/**
 * Yearly commitments (RULES.md PRO-1, forms 01 and 02): the facade other modules and the web layer use, and its DTOs.
 * Groups travel as "SCHOOLS" / "OTHERS", statuses as {@link vn.danhgia.evaluation.api.commitment.CommitmentStatus}.
 */
package vn.danhgia.evaluation.api.commitment;
