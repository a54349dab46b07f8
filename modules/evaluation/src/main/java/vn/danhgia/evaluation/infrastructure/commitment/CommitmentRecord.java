package vn.danhgia.evaluation.infrastructure.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A person's signed commitment of a campaign ({@code eva_commitment}, RULES.md PRO-1, form 01). Insert-only: no
 * setters, never updated — signing is final (PUB-2), so no {@code @Version} is needed; two concurrent signatures
 * of the same person collide on the unique (campaign, person) key instead.
 */
@Entity
@Table(name = "eva_commitment")
public class CommitmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "focus_items", length = 4000, updatable = false)
    private String focusItems;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    @Column(name = "signed_by", nullable = false, length = 100, updatable = false)
    private String signedBy;

    @Column(name = "late", nullable = false, updatable = false)
    private boolean late;

    @Column(name = "deferred", nullable = false, updatable = false)
    private boolean deferred;

    @Column(name = "deferral_reason", length = 500, updatable = false)
    private String deferralReason;

    @Column(name = "supplementary", nullable = false, updatable = false)
    private boolean supplementary;

    @Column(name = "explanation", nullable = false, length = 1000, updatable = false)
    private String explanation;

    protected CommitmentRecord() {
    }

    public CommitmentRecord(long campaignId, long personId, String focusItems, LocalDateTime signedAt, String signedBy,
                            boolean late, boolean deferred, String deferralReason, boolean supplementary,
                            String explanation) {
        this.campaignId = campaignId;
        this.personId = personId;
        this.focusItems = focusItems;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
        this.late = late;
        this.deferred = deferred;
        this.deferralReason = deferralReason;
        this.supplementary = supplementary;
        this.explanation = explanation;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getPersonId() { return personId; }
    public String getFocusItems() { return focusItems; }
    public LocalDateTime getSignedAt() { return signedAt; }
    public String getSignedBy() { return signedBy; }
    public boolean isLate() { return late; }
    public boolean isDeferred() { return deferred; }
    public String getDeferralReason() { return deferralReason; }
    public boolean isSupplementary() { return supplementary; }
    public String getExplanation() { return explanation; }
}
