package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.danhgia.evaluation.domain.professionalism.QuarterDeadlines;

/** A quarter of a district ({@code eva_quarter}, RULES.md PRO-2, PRO-11); the deadlines are fixed when it opens. */
@Entity
@Table(name = "eva_quarter")
public class QuarterRecord {

    public static final String OPENING = "OPENING";
    public static final String OPEN = "OPEN";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "root_unit_id", nullable = false, updatable = false)
    private long rootUnitId;
    @Column(name = "root_unit_name", nullable = false, updatable = false)
    private String rootUnitName;
    @Column(name = "year", nullable = false, updatable = false)
    private int year;
    @Column(name = "quarter", nullable = false, updatable = false)
    private int quarter;
    @Column(name = "rule_pack", nullable = false, updatable = false)
    private String rulePack;
    @Column(name = "self_due", nullable = false, updatable = false)
    private LocalDate selfDue;
    @Column(name = "evaluator_due", nullable = false, updatable = false)
    private LocalDate evaluatorDue;
    @Column(name = "summary_due", nullable = false, updatable = false)
    private LocalDate summaryDue;
    @Column(name = "focal_due", nullable = false, updatable = false)
    private LocalDate focalDue;
    @Column(name = "publication_due", nullable = false, updatable = false)
    private LocalDate publicationDue;
    @Column(nullable = false)
    private String status;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;
    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_late", nullable = false)
    private boolean publishedLate;
    @Column(name = "people_total", nullable = false)
    private int peopleTotal;
    @Column(name = "open_execution_id")
    private Long openExecutionId;
    @Column(name = "run_execution_id")
    private Long runExecutionId;
    @Version
    private long version;

    protected QuarterRecord() {
    }

    public QuarterRecord(long rootUnitId, String rootUnitName, int year, int quarter, String rulePack,
                         QuarterDeadlines.Schedule schedule, String openedBy) {
        this.rootUnitId = rootUnitId;
        this.rootUnitName = rootUnitName;
        this.year = year;
        this.quarter = quarter;
        this.rulePack = rulePack;
        this.selfDue = schedule.selfAssessment();
        this.evaluatorDue = schedule.evaluator();
        this.summaryDue = schedule.unitSummary();
        this.focalDue = schedule.focalBody();
        this.publicationDue = schedule.publication();
        this.status = OPENING;
        this.openedAt = LocalDateTime.now();
        this.openedBy = openedBy;
    }

    public void publish(String by, LocalDateTime at) {
        this.status = PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
        this.publishedLate = vn.danhgia.evaluation.domain.professionalism.CycleRules.late(at, publicationDue);
    }

    public void markOpen() {
        if (OPENING.equals(status)) {
            status = OPEN;
        }
    }

    public Long getId() { return id; }
    public long getRootUnitId() { return rootUnitId; }
    public String getRootUnitName() { return rootUnitName; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public String getRulePack() { return rulePack; }
    public LocalDate getSelfDue() { return selfDue; }
    public LocalDate getEvaluatorDue() { return evaluatorDue; }
    public LocalDate getSummaryDue() { return summaryDue; }
    public LocalDate getFocalDue() { return focalDue; }
    public LocalDate getPublicationDue() { return publicationDue; }
    public String getStatus() { return status; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public boolean isPublishedLate() { return publishedLate; }
    public int getPeopleTotal() { return peopleTotal; }
    public void setPeopleTotal(int total) { this.peopleTotal = total; }
    public Long getOpenExecutionId() { return openExecutionId; }
    public void setOpenExecutionId(Long id) { this.openExecutionId = id; }
    public Long getRunExecutionId() { return runExecutionId; }
    public void setRunExecutionId(Long id) { this.runExecutionId = id; }
    public long getVersion() { return version; }

    /** The first day of the quarter. */
    public LocalDate firstDay() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    /** The last day of the quarter (the tree of that day decides forms and evaluators, PRO-3). */
    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }
}
