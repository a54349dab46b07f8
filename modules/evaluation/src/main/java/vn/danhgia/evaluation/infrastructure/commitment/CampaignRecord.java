package vn.danhgia.evaluation.infrastructure.commitment;

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
 * A unit's commitment campaign of a year ({@code eva_commitment_campaign}, RULES.md PRO-1). Everything but the
 * publication is fixed when the campaign is opened (the deadlines and the rule pack version, RP-1); publishing
 * sets {@code publishedAt}/{@code publishedBy} once, under the optimistic lock.
 */
@Entity
@Table(name = "eva_commitment_campaign")
public class CampaignRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "year", nullable = false, updatable = false)
    private int campaignYear;

    @Column(name = "unit_group", nullable = false, length = 8, updatable = false)
    private String unitGroup;

    @Column(name = "sign_by", nullable = false, updatable = false)
    private LocalDate signBy;

    @Column(name = "publish_by", nullable = false, updatable = false)
    private LocalDate publishBy;

    @Column(name = "deadline_override", nullable = false, updatable = false)
    private boolean deadlineOverride;

    @Column(name = "rule_pack", nullable = false, length = 32, updatable = false)
    private String rulePack;

    @Column(name = "rule_pack_version", nullable = false, updatable = false)
    private int rulePackVersion;

    @Column(name = "explanation", nullable = false, length = 1000, updatable = false)
    private String explanation;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", nullable = false, length = 100, updatable = false)
    private String openedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CampaignRecord() {
    }

    public CampaignRecord(long unitId, int year, String unitGroup, LocalDate signBy, LocalDate publishBy,
                          boolean deadlineOverride, String rulePack, int rulePackVersion, String explanation,
                          LocalDateTime openedAt, String openedBy) {
        this.unitId = unitId;
        this.campaignYear = year;
        this.unitGroup = unitGroup;
        this.signBy = signBy;
        this.publishBy = publishBy;
        this.deadlineOverride = deadlineOverride;
        this.rulePack = rulePack;
        this.rulePackVersion = rulePackVersion;
        this.explanation = explanation;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Records the publication of the unit list; only once (the caller checks). */
    public void publish(LocalDateTime at, String by) {
        if (publishedAt != null) {
            throw new IllegalStateException("campaign " + id + " is already published");
        }
        this.publishedAt = at;
        this.publishedBy = by;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public int getYear() { return campaignYear; }
    public String getUnitGroup() { return unitGroup; }
    public LocalDate getSignBy() { return signBy; }
    public LocalDate getPublishBy() { return publishBy; }
    public boolean isDeadlineOverride() { return deadlineOverride; }
    public String getRulePack() { return rulePack; }
    public int getRulePackVersion() { return rulePackVersion; }
    public String getExplanation() { return explanation; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public long getVersion() { return version; }
}
