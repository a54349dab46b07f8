/** Storage of task sheets (RULES.md MON-3): {@code eva_task_sheet}, {@code eva_task}, {@code eva_task_conclusion}. */
package vn.danhgia.evaluation.infrastructure.tasks;
