package vn.danhgia.evaluation.infrastructure.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One revision of the authority's conclusion of a task sheet ({@code eva_task_conclusion}, RULES.md MON-3, PUB-2).
 * Insert-only: a correction is a new row with the next revision; two concurrent ones collide on the unique key.
 */
@Entity
@Table(name = "eva_task_conclusion")
public class TaskConclusionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private long sheetId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "conclusion", nullable = false, length = 4000, updatable = false)
    private String conclusion;

    @Column(name = "assigned_count", nullable = false, updatable = false)
    private int assignedCount;

    @Column(name = "completed_count", nullable = false, updatable = false)
    private int completedCount;

    @Column(name = "late_count", nullable = false, updatable = false)
    private int lateCount;

    @Column(name = "redone_count", nullable = false, updatable = false)
    private int redoneCount;

    @Column(name = "proposal_count", nullable = false, updatable = false)
    private int proposalCount;

    @Column(name = "concluded_by", nullable = false, length = 100, updatable = false)
    private String concludedBy;

    @Column(name = "concluded_person_id", updatable = false)
    private Long concludedPersonId;

    @Column(name = "concluded_at", nullable = false, updatable = false)
    private LocalDateTime concludedAt;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    protected TaskConclusionRecord() {
    }

    public TaskConclusionRecord(long sheetId, int revision, String conclusion, int assignedCount, int completedCount,
                                int lateCount, int redoneCount, int proposalCount, String concludedBy,
                                Long concludedPersonId, LocalDateTime concludedAt, String reason) {
        this.sheetId = sheetId;
        this.revision = revision;
        this.conclusion = conclusion;
        this.assignedCount = assignedCount;
        this.completedCount = completedCount;
        this.lateCount = lateCount;
        this.redoneCount = redoneCount;
        this.proposalCount = proposalCount;
        this.concludedBy = concludedBy;
        this.concludedPersonId = concludedPersonId;
        this.concludedAt = concludedAt;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getSheetId() { return sheetId; }
    public int getRevision() { return revision; }
    public String getConclusion() { return conclusion; }
    public int getAssignedCount() { return assignedCount; }
    public int getCompletedCount() { return completedCount; }
    public int getLateCount() { return lateCount; }
    public int getRedoneCount() { return redoneCount; }
    public int getProposalCount() { return proposalCount; }
    public String getConcludedBy() { return concludedBy; }
    public Long getConcludedPersonId() { return concludedPersonId; }
    public LocalDateTime getConcludedAt() { return concludedAt; }
    public String getReason() { return reason; }
}
