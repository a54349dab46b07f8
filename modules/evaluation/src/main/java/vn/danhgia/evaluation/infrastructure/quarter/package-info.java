/** Storage of the quarterly cycle: eva_quarter, eva_sheet (optimistic locking), eva_ruling (insert-only), submissions, rewards. */
package vn.danhgia.evaluation.infrastructure.quarter;
