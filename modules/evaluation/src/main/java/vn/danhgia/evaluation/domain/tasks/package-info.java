/**
 * Task sheets (RULES.md MON-3, "phiếu giao nhiệm vụ"): the period of a person (month; quarter for unit heads), the
 * late-assignment check against the rule pack's day, the head's quarter counts and who may do what. Pure Java.
 */
package vn.danhgia.evaluation.domain.tasks;
