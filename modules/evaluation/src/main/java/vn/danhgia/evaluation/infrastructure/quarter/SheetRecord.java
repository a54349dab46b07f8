package vn.danhgia.evaluation.infrastructure.quarter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A person's sheet of a quarter ({@code eva_sheet}): who they were and who evaluates them as of the quarter's tree,
 * and the scores of each step with when, by whom and whether late (PRO-11). Edited by people, so optimistically
 * locked ({@code @Version}); rulings live in {@code eva_ruling}.
 */
@Entity
@Table(name = "eva_sheet")
public class SheetRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "quarter_id", nullable = false, updatable = false)
    private long quarterId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;
    @Column(name = "staff_code", updatable = false)
    private String staffCode;
    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;
    @Column(name = "position_title", updatable = false)
    private String positionTitle;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "unit_name", nullable = false, updatable = false)
    private String unitName;
    @Column(name = "block", updatable = false)
    private String block;
    @Column(name = "focal_unit_id", updatable = false)
    private Long focalUnitId;
    @Column(name = "focal_unit_name", updatable = false)
    private String focalUnitName;
    @Column(name = "form_code", nullable = false, updatable = false)
    private String formCode;
    @Column(name = "form_explanation", nullable = false, updatable = false)
    private String formExplanation;
    @Column(name = "evaluator_person_id", updatable = false)
    private Long evaluatorPersonId;
    @Column(name = "evaluator_name", updatable = false)
    private String evaluatorName;
    @Column(name = "commenter_person_id", updatable = false)
    private Long commenterPersonId;
    @Column(name = "commenter_name", updatable = false)
    private String commenterName;
    @Column(name = "self_scores")
    private String selfScores;
    @Column(name = "self_at")
    private LocalDateTime selfAt;
    @Column(name = "self_late", nullable = false)
    private boolean selfLate;
    @Column(name = "comment_text")
    private String commentText;
    @Column(name = "comment_by")
    private String commentBy;
    @Column(name = "comment_at")
    private LocalDateTime commentAt;
    @Column(name = "comment_late", nullable = false)
    private boolean commentLate;
    @Column(name = "scores")
    private String scores;
    @Column(name = "scored_by")
    private String scoredBy;
    @Column(name = "scored_at")
    private LocalDateTime scoredAt;
    @Column(name = "scored_late", nullable = false)
    private boolean scoredLate;
    @Version
    private long version;

    protected SheetRecord() {
    }

    /** A new sheet as of the quarter's tree (PRO-3 form with its explanation, PRO-9 evaluator and commenter). */
    public SheetRecord(long quarterId, long personId, String staffCode, String fullName, String positionTitle,
                       long unitId, String unitName, String block, Long focalUnitId, String focalUnitName,
                       String formCode, String formExplanation, Long evaluatorPersonId, String evaluatorName,
                       Long commenterPersonId, String commenterName) {
        this.quarterId = quarterId;
        this.personId = personId;
        this.staffCode = staffCode;
        this.fullName = fullName;
        this.positionTitle = positionTitle;
        this.unitId = unitId;
        this.unitName = unitName;
        this.block = block;
        this.focalUnitId = focalUnitId;
        this.focalUnitName = focalUnitName;
        this.formCode = formCode;
        this.formExplanation = formExplanation;
        this.evaluatorPersonId = evaluatorPersonId;
        this.evaluatorName = evaluatorName;
        this.commenterPersonId = commenterPersonId;
        this.commenterName = commenterName;
    }

    public void selfAssessed(String scores, String by, LocalDateTime at, boolean late) {
        this.selfScores = scores;
        this.selfAt = at;
        this.selfLate = late;
    }

    public void commented(String text, String by, LocalDateTime at, boolean late) {
        this.commentText = text;
        this.commentBy = by;
        this.commentAt = at;
        this.commentLate = late;
    }

    public void scored(String scores, String by, LocalDateTime at, boolean late) {
        this.scores = scores;
        this.scoredBy = by;
        this.scoredAt = at;
        this.scoredLate = late;
    }

    public Long getId() { return id; }
    public long getQuarterId() { return quarterId; }
    public long getPersonId() { return personId; }
    public String getStaffCode() { return staffCode; }
    public String getFullName() { return fullName; }
    public String getPositionTitle() { return positionTitle; }
    public long getUnitId() { return unitId; }
    public String getUnitName() { return unitName; }
    public String getBlock() { return block; }
    public Long getFocalUnitId() { return focalUnitId; }
    public String getFocalUnitName() { return focalUnitName; }
    public String getFormCode() { return formCode; }
    public String getFormExplanation() { return formExplanation; }
    public Long getEvaluatorPersonId() { return evaluatorPersonId; }
    public String getEvaluatorName() { return evaluatorName; }
    public Long getCommenterPersonId() { return commenterPersonId; }
    public String getCommenterName() { return commenterName; }
    public String getSelfScores() { return selfScores; }
    public LocalDateTime getSelfAt() { return selfAt; }
    public boolean isSelfLate() { return selfLate; }
    public String getCommentText() { return commentText; }
    public String getCommentBy() { return commentBy; }
    public LocalDateTime getCommentAt() { return commentAt; }
    public boolean isCommentLate() { return commentLate; }
    public String getScores() { return scores; }
    public String getScoredBy() { return scoredBy; }
    public LocalDateTime getScoredAt() { return scoredAt; }
    public boolean isScoredLate() { return scoredLate; }
    public long getVersion() { return version; }
}
