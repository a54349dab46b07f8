/**
 * Yearly commitments (RULES.md PRO-1): which deadline a unit's campaign takes (schools 20/9, other units 20/01, the
 * 2023 override 28/02), who signs later because of a leave of at least one month at signing time, whether a
 * signature is late, and which list (the unit list, form 02, or the supplementary list) a signer is on. Pure Java;
 * every date, kind and length comes from the {@link vn.danhgia.evaluation.domain.professionalism.CommitmentRule}
 * of the PRO rule pack (RP-1), and every decision carries its findings (RP-2).
 */
package vn.danhgia.evaluation.domain.commitment;
