package vn.danhgia.evaluation.api.tasks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One task of a sheet with its self-assessment (null fields until the person assesses it). */
public record TaskView(long id, int position, String content, String product, LocalDate dueDate, LocalDate assignedOn,
                       boolean addedLater, boolean proposal, boolean lateAssigned, String assignmentNote,
                       String assignedBy, String progress, String quality, String result, boolean redone,
                       String selfNote, LocalDateTime selfAt, long version) {

    public boolean assessed() {
        return result != null;
    }
}
