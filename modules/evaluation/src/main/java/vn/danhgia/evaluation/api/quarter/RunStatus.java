package vn.danhgia.evaluation.api.quarter;

import java.time.LocalDateTime;

/**
 * A batch run of a quarter (opening or rulings): its Jakarta Batch execution, state and progress.
 *
 * @param job      "eva-quarter-open" or "eva-quarter-rulings"
 * @param status   the batch status (STARTING, STARTED, COMPLETED, FAILED, STOPPED, ...)
 * @param done     people processed so far (read count of the chunk step)
 * @param written  rulings or sheets written
 * @param skipped  people left as they were (unchanged input, adjusted result, not scored yet)
 * @param total    people of the quarter (or of the tree being opened)
 */
public record RunStatus(long executionId, String job, String status, long done, long written, long skipped,
                        long total, LocalDateTime startedAt, LocalDateTime endedAt, String exitStatus) {

    public int percent() {
        return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }
}
