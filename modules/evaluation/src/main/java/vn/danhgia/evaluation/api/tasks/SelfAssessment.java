package vn.danhgia.evaluation.api.tasks;

/**
 * The person's self-assessment of one task (RULES.md MON-3).
 *
 * @param version  the task version the person started from (optimistic locking)
 * @param progress ON_TIME or LATE
 * @param quality  GOOD, FAIR or POOR
 * @param result   DONE or NOT_DONE
 * @param redone   the task had to be redone
 */
public record SelfAssessment(long taskId, long version, String progress, String quality, String result, boolean redone,
                             String note) {
}
