/** The quarterly cycle's use cases (RULES.md PRO-2..PRO-12) and its Jakarta Batch jobs (opening, rulings). */
package vn.danhgia.evaluation.application.quarter;
