package vn.danhgia.platform.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A published, immutable version of a rule pack (RULES.md RP-1): thresholds, dates, quotas and
 * lists as JSON, with the legal basis and the period in which it applies. A change is a new
 * version; a published version is never edited.
 */
@Entity
@Table(name = "plt_rule_pack")
public class RulePack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Lob
    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected RulePack() {
    }

    public RulePack(String code, int version, String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
                    String contentJson, String publishedBy) {
        this.code = code;
        this.version = version;
        this.legalBasis = legalBasis;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.contentJson = contentJson;
        this.publishedBy = publishedBy;
        this.publishedAt = LocalDateTime.now();
    }

    public RulePackRef ref() { return new RulePackRef(code, version); }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersion() { return version; }
    public String getLegalBasis() { return legalBasis; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getContentJson() { return contentJson; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
