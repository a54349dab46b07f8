-- Evaluation module: task sheets, "phiếu giao nhiệm vụ" (RULES.md MON-3). One sheet per person and period (a month;
-- a quarter for unit heads, per the MON3 rule pack), its authority fixed when the sheet is created (ORG-11 chain);
-- tasks with content, product, due date, the assignment date (late when after the pack's day, still accepted) and
-- the added-later flag; the person's self-assessment per task; the authority's conclusions as insert-only revisions
-- (PUB-2): a correction adds revision + 1 and keeps the earlier ones. Sheets and tasks are edited by people:
-- optimistic locking (version). The quarter counts of heads are computed from the tasks and snapshotted with each
-- conclusion.

CREATE TABLE eva_task_sheet (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT        NOT NULL,
    full_name           VARCHAR(255)  NOT NULL,
    unit_role           VARCHAR(16)   NULL,
    period_kind         VARCHAR(8)    NOT NULL,
    year                INT           NOT NULL,
    period              INT           NOT NULL,
    assign_deadline     DATE          NOT NULL,
    authority_person_id BIGINT        NULL,
    authority_name      VARCHAR(255)  NULL,
    rule_pack           VARCHAR(32)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    changed_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_eva_task_sheet UNIQUE (person_id, period_kind, year, period),
    CONSTRAINT fk_eva_task_sheet_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_eva_task_sheet_kind CHECK (period_kind IN ('MONTH', 'QUARTER')),
    CONSTRAINT ck_eva_task_sheet_period CHECK (period BETWEEN 1 AND 12 AND (period_kind = 'MONTH' OR period <= 4))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE eva_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sheet_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    product         VARCHAR(1000) NULL,
    due_date        DATE          NULL,
    assigned_on     DATE          NOT NULL,
    added_later     BOOLEAN       NOT NULL DEFAULT FALSE,
    proposal        BOOLEAN       NOT NULL DEFAULT FALSE,
    late_assigned   BOOLEAN       NOT NULL DEFAULT FALSE,
    assignment_note VARCHAR(500)  NOT NULL,
    assigned_by     VARCHAR(100)  NOT NULL,
    assigned_at     DATETIME(6)   NOT NULL,
    self_progress   VARCHAR(8)    NULL,
    self_quality    VARCHAR(8)    NULL,
    self_result     VARCHAR(8)    NULL,
    redone          BOOLEAN       NOT NULL DEFAULT FALSE,
    self_note       VARCHAR(1000) NULL,
    self_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_eva_task_sheet FOREIGN KEY (sheet_id) REFERENCES eva_task_sheet (id),
    CONSTRAINT uq_eva_task_position UNIQUE (sheet_id, position),
    CONSTRAINT ck_eva_task_progress CHECK (self_progress IS NULL OR self_progress IN ('ON_TIME', 'LATE')),
    CONSTRAINT ck_eva_task_quality CHECK (self_quality IS NULL OR self_quality IN ('GOOD', 'FAIR', 'POOR')),
    CONSTRAINT ck_eva_task_result CHECK (self_result IS NULL OR self_result IN ('DONE', 'NOT_DONE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE eva_task_conclusion (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sheet_id            BIGINT        NOT NULL,
    revision            INT           NOT NULL,
    conclusion          VARCHAR(4000) NOT NULL,
    assigned_count      INT           NOT NULL,
    completed_count     INT           NOT NULL,
    late_count          INT           NOT NULL,
    redone_count        INT           NOT NULL,
    proposal_count      INT           NOT NULL,
    concluded_by        VARCHAR(100)  NOT NULL,
    concluded_person_id BIGINT        NULL,
    concluded_at        DATETIME(6)   NOT NULL,
    reason              VARCHAR(500)  NULL,
    CONSTRAINT fk_eva_task_conclusion_sheet FOREIGN KEY (sheet_id) REFERENCES eva_task_sheet (id),
    CONSTRAINT uq_eva_task_conclusion UNIQUE (sheet_id, revision),
    CONSTRAINT ck_eva_task_conclusion_revision CHECK (revision >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
