package vn.danhgia.evaluation.infrastructure.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One task of a sheet ({@code eva_task}, RULES.md MON-3) and the person's self-assessment of it; optimistic locking. */
@Entity
@Table(name = "eva_task")
public class TaskRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private long sheetId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "content", nullable = false, length = 2000, updatable = false)
    private String content;

    @Column(name = "product", length = 1000, updatable = false)
    private String product;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "assigned_on", nullable = false, updatable = false)
    private LocalDate assignedOn;

    @Column(name = "added_later", nullable = false, updatable = false)
    private boolean addedLater;

    @Column(name = "proposal", nullable = false, updatable = false)
    private boolean proposal;

    @Column(name = "late_assigned", nullable = false, updatable = false)
    private boolean lateAssigned;

    @Column(name = "assignment_note", nullable = false, length = 500, updatable = false)
    private String assignmentNote;

    @Column(name = "assigned_by", nullable = false, length = 100, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;

    @Column(name = "self_progress", length = 8)
    private String selfProgress;

    @Column(name = "self_quality", length = 8)
    private String selfQuality;

    @Column(name = "self_result", length = 8)
    private String selfResult;

    @Column(name = "redone", nullable = false)
    private boolean redone;

    @Column(name = "self_note", length = 1000)
    private String selfNote;

    @Column(name = "self_at")
    private LocalDateTime selfAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TaskRecord() {
    }

    public TaskRecord(long sheetId, int position, String content, String product, LocalDate dueDate,
                      LocalDate assignedOn, boolean addedLater, boolean proposal, boolean lateAssigned,
                      String assignmentNote, String assignedBy, LocalDateTime assignedAt) {
        this.sheetId = sheetId;
        this.position = position;
        this.content = content;
        this.product = product;
        this.dueDate = dueDate;
        this.assignedOn = assignedOn;
        this.addedLater = addedLater;
        this.proposal = proposal;
        this.lateAssigned = lateAssigned;
        this.assignmentNote = assignmentNote;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Records the person's self-assessment. */
    public void selfAssess(String progress, String quality, String result, boolean redone, String note,
                           LocalDateTime at) {
        this.selfProgress = progress;
        this.selfQuality = quality;
        this.selfResult = result;
        this.redone = redone;
        this.selfNote = note;
        this.selfAt = at;
    }

    public Long getId() { return id; }
    public long getSheetId() { return sheetId; }
    public int getPosition() { return position; }
    public String getContent() { return content; }
    public String getProduct() { return product; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public boolean isAddedLater() { return addedLater; }
    public boolean isProposal() { return proposal; }
    public boolean isLateAssigned() { return lateAssigned; }
    public String getAssignmentNote() { return assignmentNote; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDateTime getAssignedAt() { return assignedAt; }
    public String getSelfProgress() { return selfProgress; }
    public String getSelfQuality() { return selfQuality; }
    public String getSelfResult() { return selfResult; }
    public boolean isRedone() { return redone; }
    public String getSelfNote() { return selfNote; }
    public LocalDateTime getSelfAt() { return selfAt; }
    public long getVersion() { return version; }
}
