package vn.danhgia.evaluation.infrastructure.monthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One revision of a person's monthly rating ({@code eva_monthly_rating}, RULES.md MON-1, MON-2, PUB-2). Insert-only:
 * no setters, never updated; a correction is a new row with the next revision, so no {@code @Version} is needed —
 * two concurrent corrections collide on the unique (person, year, month, revision) key instead.
 */
@Entity
@Table(name = "eva_monthly_rating")
public class MonthlyRatingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "year", nullable = false, updatable = false)
    private int ratingYear;

    @Column(name = "month", nullable = false, updatable = false)
    private int ratingMonth;

    @Column(name = "score", precision = 5, scale = 2, updatable = false)
    private BigDecimal score;

    @Column(name = "conduct_violations", nullable = false, updatable = false)
    private int conductViolations;

    @Column(name = "level", nullable = false, length = 8, updatable = false)
    private String level;

    @Column(name = "entered_directly", nullable = false, updatable = false)
    private boolean enteredDirectly;

    @Column(name = "rule_pack", nullable = false, length = 32, updatable = false)
    private String rulePack;

    @Column(name = "explanation", nullable = false, length = 1000, updatable = false)
    private String explanation;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    protected MonthlyRatingRecord() {
    }

    public MonthlyRatingRecord(long personId, int year, int month, BigDecimal score, int conductViolations,
                               String level, boolean enteredDirectly, String rulePack, String explanation,
                               int revision, LocalDateTime createdAt, String createdBy, String reason) {
        this.personId = personId;
        this.ratingYear = year;
        this.ratingMonth = month;
        this.score = score;
        this.conductViolations = conductViolations;
        this.level = level;
        this.enteredDirectly = enteredDirectly;
        this.rulePack = rulePack;
        this.explanation = explanation;
        this.revision = revision;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public int getYear() { return ratingYear; }
    public int getMonth() { return ratingMonth; }
    public BigDecimal getScore() { return score; }
    public int getConductViolations() { return conductViolations; }
    public String getLevel() { return level; }
    public boolean isEnteredDirectly() { return enteredDirectly; }
    public String getRulePack() { return rulePack; }
    public String getExplanation() { return explanation; }
    public int getRevision() { return revision; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public String getReason() { return reason; }
}
