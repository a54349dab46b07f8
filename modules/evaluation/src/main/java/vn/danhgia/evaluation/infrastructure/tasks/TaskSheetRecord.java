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

/**
 * A person's task sheet of a period ({@code eva_task_sheet}, RULES.md MON-3). The authority and the names are fixed
 * when the sheet is created. The version rises with every change of its tasks (optimistic locking).
 */
@Entity
@Table(name = "eva_task_sheet")
public class TaskSheetRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "unit_role", length = 16, updatable = false)
    private String unitRole;

    @Column(name = "period_kind", nullable = false, length = 8, updatable = false)
    private String periodKind;

    @Column(name = "year", nullable = false, updatable = false)
    private int periodYear;

    @Column(name = "period", nullable = false, updatable = false)
    private int period;

    @Column(name = "assign_deadline", nullable = false, updatable = false)
    private LocalDate assignDeadline;

    @Column(name = "authority_person_id", updatable = false)
    private Long authorityPersonId;

    @Column(name = "authority_name", updatable = false)
    private String authorityName;

    @Column(name = "rule_pack", nullable = false, length = 32, updatable = false)
    private String rulePack;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TaskSheetRecord() {
    }

    public TaskSheetRecord(long personId, String fullName, String unitRole, String periodKind, int year, int period,
                           LocalDate assignDeadline, Long authorityPersonId, String authorityName, String rulePack,
                           LocalDateTime createdAt, String createdBy) {
        this.personId = personId;
        this.fullName = fullName;
        this.unitRole = unitRole;
        this.periodKind = periodKind;
        this.periodYear = year;
        this.period = period;
        this.assignDeadline = assignDeadline;
        this.authorityPersonId = authorityPersonId;
        this.authorityName = authorityName;
        this.rulePack = rulePack;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changedAt = createdAt;
    }

    /** A task was added or assessed, or a conclusion given: the version rises (optimistic locking). */
    public void changed(LocalDateTime at) {
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public String getFullName() { return fullName; }
    public String getUnitRole() { return unitRole; }
    public String getPeriodKind() { return periodKind; }
    public int getYear() { return periodYear; }
    public int getPeriod() { return period; }
    public LocalDate getAssignDeadline() { return assignDeadline; }
    public Long getAuthorityPersonId() { return authorityPersonId; }
    public String getAuthorityName() { return authorityName; }
    public String getRulePack() { return rulePack; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}
