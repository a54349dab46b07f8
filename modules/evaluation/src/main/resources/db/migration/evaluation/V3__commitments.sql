-- Evaluation module: yearly commitments (RULES.md PRO-1, forms 01 and 02; PRO-13 records; PUB-2).
-- (V2 is reserved for another change of this module.)
--
-- eva_commitment_campaign: one signing campaign per unit and year, opened by an HR officer or an
-- administrator. Its deadlines are copied from the PRO rule pack when it is opened, with the pack's code
-- and version (RP-1) and the explanation (RP-2), so a later pack never changes a campaign. Publishing the
-- unit list (form 02) sets published_at/by once; version is the optimistic lock.
CREATE TABLE eva_commitment_campaign (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id               BIGINT        NOT NULL,
    year                  INT           NOT NULL,
    unit_group            VARCHAR(8)    NOT NULL,
    sign_by               DATE          NOT NULL,
    publish_by            DATE          NOT NULL,
    deadline_override     BOOLEAN       NOT NULL DEFAULT FALSE,
    rule_pack             VARCHAR(32)   NOT NULL,
    rule_pack_version     INT           NOT NULL,
    explanation           VARCHAR(1000) NOT NULL,
    opened_at             DATETIME(6)   NOT NULL,
    opened_by             VARCHAR(100)  NOT NULL,
    published_at          DATETIME(6)   NULL,
    published_by          VARCHAR(100)  NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_eva_commitment_campaign UNIQUE (unit_id, year),
    -- org_unit is migrated first (ModuleMigrations order); units are never deleted (history is kept).
    CONSTRAINT fk_eva_commitment_campaign_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_eva_commitment_campaign_group CHECK (unit_group IN ('SCHOOLS', 'OTHERS')),
    CONSTRAINT ck_eva_commitment_campaign_dates CHECK (publish_by >= sign_by),
    CONSTRAINT ck_eva_commitment_campaign_published CHECK ((published_at IS NULL) = (published_by IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- eva_commitment: a person's signed commitment (form 01), insert-only: signing is final (PUB-2). What the
-- signature is was decided when it was made and is stored with it: late (after sign_by, not deferred),
-- deferred (on a leave of >= 1 month at signing time, with the leave as the reason), supplementary (on the
-- supplementary list: deferred, or signed after the unit list was published), and the findings.
CREATE TABLE eva_commitment (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id           BIGINT        NOT NULL,
    person_id             BIGINT        NOT NULL,
    focus_items           VARCHAR(4000) NULL,
    signed_at             DATETIME(6)   NOT NULL,
    signed_by             VARCHAR(100)  NOT NULL,
    late                  BOOLEAN       NOT NULL DEFAULT FALSE,
    deferred              BOOLEAN       NOT NULL DEFAULT FALSE,
    deferral_reason       VARCHAR(500)  NULL,
    supplementary         BOOLEAN       NOT NULL DEFAULT FALSE,
    explanation           VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_eva_commitment_person UNIQUE (campaign_id, person_id),
    CONSTRAINT fk_eva_commitment_campaign FOREIGN KEY (campaign_id) REFERENCES eva_commitment_campaign (id),
    CONSTRAINT fk_eva_commitment_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_eva_commitment_deferral CHECK (deferred = (deferral_reason IS NOT NULL)),
    CONSTRAINT ck_eva_commitment_late CHECK (NOT (late AND deferred)),
    CONSTRAINT ck_eva_commitment_supplementary CHECK (supplementary OR NOT deferred),
    INDEX ix_eva_commitment_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
