package vn.danhgia.evaluation.api.tasks;

import java.time.LocalDate;

/**
 * A task to assign (RULES.md MON-3).
 *
 * @param assignedOn the date of the written assignment (null: today); after the rule pack's day it is marked late
 * @param addedLater an extra task added during the period (never late-assigned)
 * @param proposal   a proposal of the person (counted apart from the assigned tasks)
 */
public record NewTask(String content, String product, LocalDate dueDate, LocalDate assignedOn, boolean addedLater,
                      boolean proposal) {
}
