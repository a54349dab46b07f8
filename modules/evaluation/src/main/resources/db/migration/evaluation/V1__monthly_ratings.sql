-- Evaluation module: monthly ratings (RULES.md MON-1, MON-2), with the rule pack used (RP-1), the
-- explanation (RP-2) and insert-only revisions (PUB-2): a correction adds revision + 1, the earlier
-- rows stay; the current rating of a person and month is the one with the highest revision.
CREATE TABLE eva_monthly_rating (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    year               INT           NOT NULL,
    month              INT           NOT NULL,
    score              DECIMAL(5, 2) NULL,
    conduct_violations INT           NOT NULL DEFAULT 0,
    level              VARCHAR(8)    NOT NULL,
    entered_directly   BOOLEAN       NOT NULL DEFAULT FALSE,
    rule_pack          VARCHAR(32)   NOT NULL,
    explanation        VARCHAR(1000) NOT NULL,
    revision           INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    reason             VARCHAR(500)  NULL,
    CONSTRAINT uq_eva_monthly_rating_revision UNIQUE (person_id, year, month, revision),
    -- org_person is migrated first (ModuleMigrations order) and people are never deleted (history is kept).
    CONSTRAINT fk_eva_monthly_rating_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_eva_monthly_rating_month CHECK (month BETWEEN 1 AND 12),
    CONSTRAINT ck_eva_monthly_rating_level CHECK (level IN ('HTXS', 'HTT', 'HT', 'KHT')),
    CONSTRAINT ck_eva_monthly_rating_violations CHECK (conduct_violations >= 0),
    CONSTRAINT ck_eva_monthly_rating_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT ck_eva_monthly_rating_input CHECK (entered_directly = (score IS NULL)),
    CONSTRAINT ck_eva_monthly_rating_revision CHECK (revision >= 1),
    INDEX ix_eva_monthly_rating_month (year, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
