package vn.danhgia.evaluation.api.tasks;

import java.time.LocalDateTime;

/** One revision of the authority's conclusion (PUB-2: the earlier ones are kept), with the counts it was made on. */
public record ConclusionView(int revision, String text, TaskCounts counts, String by, LocalDateTime at, String reason,
                             boolean current) {
}
