package vn.danhgia.evaluation.domain.tasks;

/** The period of a task sheet (RULES.md MON-3): a month, or a quarter for unit heads. */
public enum PeriodKind {
    MONTH,
    QUARTER
}
