-- Evaluation module: the quarterly professionalism cycle (RULES.md PRO-2..PRO-12, PUB-2, PUB-3).
-- A quarter is opened for a district (a root unit); every person of its tree on the quarter's last day gets a
-- sheet whose form (PRO-3), evaluator and commenter (PRO-9 / ORG-11) and focal body (PRO-11) are fixed at
-- opening, with the names as they were (the sheet is the record of that quarter). Rulings are insert-only
-- revisions (PUB-2): a run or an adjustment (PRO-10) adds one and clears the "current" flag of the previous.

CREATE TABLE eva_quarter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    root_unit_id     BIGINT       NOT NULL,
    root_unit_name   VARCHAR(255) NOT NULL,
    year             INT          NOT NULL,
    quarter          INT          NOT NULL,
    rule_pack        VARCHAR(32)  NOT NULL,
    self_due         DATE         NOT NULL,
    evaluator_due    DATE         NOT NULL,
    summary_due      DATE         NOT NULL,
    focal_due        DATE         NOT NULL,
    publication_due  DATE         NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    opened_at        DATETIME(6)  NOT NULL,
    opened_by        VARCHAR(100) NOT NULL,
    published_at     DATETIME(6)  NULL,
    published_by     VARCHAR(100) NULL,
    published_late   BOOLEAN      NOT NULL DEFAULT FALSE,
    people_total     INT          NOT NULL DEFAULT 0,
    open_execution_id BIGINT      NULL,
    run_execution_id BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_eva_quarter UNIQUE (root_unit_id, year, quarter),
    CONSTRAINT ck_eva_quarter_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_eva_quarter_status CHECK (status IN ('OPENING', 'OPEN', 'PUBLISHED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE eva_sheet (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter_id          BIGINT        NOT NULL,
    person_id           BIGINT        NOT NULL,
    staff_code          VARCHAR(32)   NULL,
    full_name           VARCHAR(255)  NOT NULL,
    position_title      VARCHAR(200)  NULL,
    unit_id             BIGINT        NOT NULL,
    unit_name           VARCHAR(255)  NOT NULL,
    block               VARCHAR(16)   NULL,
    focal_unit_id       BIGINT        NULL,
    focal_unit_name     VARCHAR(255)  NULL,
    form_code           VARCHAR(4)    NOT NULL,
    form_explanation    VARCHAR(1000) NOT NULL,
    evaluator_person_id BIGINT        NULL,
    evaluator_name      VARCHAR(255)  NULL,
    commenter_person_id BIGINT        NULL,
    commenter_name      VARCHAR(255)  NULL,
    self_scores         VARCHAR(400)  NULL,
    self_at             DATETIME(6)   NULL,
    self_late           BOOLEAN       NOT NULL DEFAULT FALSE,
    comment_text        VARCHAR(2000) NULL,
    comment_by          VARCHAR(100)  NULL,
    comment_at          DATETIME(6)   NULL,
    comment_late        BOOLEAN       NOT NULL DEFAULT FALSE,
    scores              VARCHAR(400)  NULL,
    scored_by           VARCHAR(100)  NULL,
    scored_at           DATETIME(6)   NULL,
    scored_late         BOOLEAN       NOT NULL DEFAULT FALSE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_eva_sheet UNIQUE (quarter_id, person_id),
    CONSTRAINT fk_eva_sheet_quarter FOREIGN KEY (quarter_id) REFERENCES eva_quarter (id),
    CONSTRAINT fk_eva_sheet_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    INDEX ix_eva_sheet_unit (quarter_id, unit_id),
    INDEX ix_eva_sheet_focal (quarter_id, focal_unit_id),
    INDEX ix_eva_sheet_evaluator (evaluator_person_id),
    INDEX ix_eva_sheet_commenter (commenter_person_id),
    INDEX ix_eva_sheet_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE eva_ruling (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    sheet_id         BIGINT        NOT NULL,
    quarter_id       BIGINT        NOT NULL,
    revision         INT           NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    total            DECIMAL(6, 1) NULL,
    findings_json    MEDIUMTEXT    NOT NULL,
    summary          VARCHAR(500)  NULL,
    rule_pack        VARCHAR(32)   NOT NULL,
    input_hash       CHAR(64)      NOT NULL,
    is_current       BOOLEAN       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    decided_by       VARCHAR(255)  NULL,
    reason           VARCHAR(1000) NULL,
    job_execution_id BIGINT        NULL,
    CONSTRAINT uq_eva_ruling_revision UNIQUE (sheet_id, revision),
    CONSTRAINT fk_eva_ruling_sheet FOREIGN KEY (sheet_id) REFERENCES eva_sheet (id),
    CONSTRAINT ck_eva_ruling_kind CHECK (kind IN ('RUN', 'ADJUSTMENT')),
    CONSTRAINT ck_eva_ruling_outcome CHECK (outcome IN ('PROFESSIONAL', 'NOT_PROFESSIONAL', 'NOT_EVALUATED', 'INVALID_INPUT')),
    CONSTRAINT ck_eva_ruling_adjustment CHECK (kind = 'RUN' OR (reason IS NOT NULL AND decided_by IS NOT NULL)),
    INDEX ix_eva_ruling_current (quarter_id, is_current, sheet_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- PRO-11 step 3 (form 06 sent by a unit to its focal body) and step 5 (form 07 sent by a focal body).
CREATE TABLE eva_submission (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter_id    BIGINT       NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    unit_id       BIGINT       NOT NULL,
    unit_name     VARCHAR(255) NOT NULL,
    submitted_at  DATETIME(6)  NOT NULL,
    submitted_by  VARCHAR(100) NOT NULL,
    due           DATE         NOT NULL,
    late          BOOLEAN      NOT NULL,
    CONSTRAINT uq_eva_submission UNIQUE (quarter_id, kind, unit_id),
    CONSTRAINT fk_eva_submission_quarter FOREIGN KEY (quarter_id) REFERENCES eva_quarter (id),
    CONSTRAINT ck_eva_submission_kind CHECK (kind IN ('UNIT_SUMMARY', 'BLOCK_REPORT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- PRO-12: people a unit proposes for praise or reward, sent to its focal body.
CREATE TABLE eva_reward_proposal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter_id     BIGINT        NOT NULL,
    sheet_id       BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    proposed_at    DATETIME(6)   NOT NULL,
    proposed_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_eva_reward UNIQUE (quarter_id, sheet_id),
    CONSTRAINT fk_eva_reward_sheet FOREIGN KEY (sheet_id) REFERENCES eva_sheet (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
