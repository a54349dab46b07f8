/**
 * The quarterly professionalism cycle (RULES.md PRO-2..PRO-12): quarters, sheets, rulings, summaries (forms 06, 07),
 * publication and rewards. Every call carries the {@link vn.danhgia.evaluation.api.quarter.Viewer}; what it may
 * read or do follows PUB-3.
 */
package vn.danhgia.evaluation.api.quarter;
