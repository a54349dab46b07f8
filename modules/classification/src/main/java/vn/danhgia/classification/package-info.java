/**
 * Classification module (RULES.md ANN): the annual classification cycle, quotas, meetings, notices, complaints and its batch run.
 * Owns the {@code cls_} tables. Other modules use {@link vn.danhgia.classification.api} only.
 */
package vn.danhgia.classification;
