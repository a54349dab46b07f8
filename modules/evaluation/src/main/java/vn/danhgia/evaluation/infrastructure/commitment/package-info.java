/**
 * Yearly commitments (RULES.md PRO-1, PUB-2): the persistence of campaigns ({@code eva_commitment_campaign}, with an
 * optimistic lock) and of signed commitments ({@code eva_commitment}, insert-only), and the data of forms 01 and 02.
 */
package vn.danhgia.evaluation.infrastructure.commitment;
