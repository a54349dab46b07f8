-- Organisation module: unit kinds and events, people and every fact the rules read
-- (RULES.md ORG-1..11). Dated rows keep history: nothing is overwritten.

-- ORG-1: what kind of body a unit is (drives PRO-3, PRO-9 and PRO-11), its focal body and events.
ALTER TABLE org_unit
    ADD COLUMN kind          VARCHAR(40) NOT NULL DEFAULT 'OFFICE' AFTER unit_type,
    ADD COLUMN focal_unit_id BIGINT NULL AFTER parent_id,
    ADD CONSTRAINT fk_org_unit_focal FOREIGN KEY (focal_unit_id) REFERENCES org_unit (id);

-- ORG-1: creations, renames, merges and splits at a date (e.g. the wards merged on 1 July 2025).
CREATE TABLE org_unit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_date  DATE         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    legal_basis VARCHAR(255),
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    CONSTRAINT ck_org_unit_event_kind CHECK (kind IN ('CREATE', 'RENAME', 'MERGE', 'SPLIT', 'ABOLISH'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_unit_event_unit (
    event_id BIGINT      NOT NULL,
    unit_id  BIGINT      NOT NULL,
    side     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (event_id, unit_id, side),
    CONSTRAINT fk_org_uev_event FOREIGN KEY (event_id) REFERENCES org_unit_event (id),
    CONSTRAINT fk_org_uev_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_uev_side CHECK (side IN ('FROM', 'TO'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-4: grade (ngạch) and professional title (hạng) catalogue.
CREATE TABLE org_grade (
    code       VARCHAR(20)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    CONSTRAINT ck_org_grade_kind CHECK (kind IN ('CIVIL_SERVICE', 'PROFESSIONAL_TITLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO org_grade (code, name, kind) VALUES
    ('01.002', 'Chuyên viên chính', 'CIVIL_SERVICE'),
    ('01.003', 'Chuyên viên', 'CIVIL_SERVICE'),
    ('01.004', 'Cán sự', 'CIVIL_SERVICE'),
    ('01.005', 'Nhân viên', 'CIVIL_SERVICE'),
    ('V.07.02.05', 'Giáo viên mầm non hạng III', 'PROFESSIONAL_TITLE'),
    ('V.07.02.06', 'Giáo viên mầm non hạng IV', 'PROFESSIONAL_TITLE'),
    ('V.07.03.08', 'Giáo viên tiểu học hạng III', 'PROFESSIONAL_TITLE'),
    ('V.07.03.09', 'Giáo viên tiểu học hạng IV', 'PROFESSIONAL_TITLE'),
    ('V.07.04.12', 'Giáo viên trung học cơ sở hạng III', 'PROFESSIONAL_TITLE'),
    ('V.07.04.11', 'Giáo viên trung học cơ sở hạng II', 'PROFESSIONAL_TITLE');

-- ORG-2, ORG-3, ORG-10: the person.
CREATE TABLE org_person (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_code                 VARCHAR(32)  NOT NULL,
    full_name                  VARCHAR(200) NOT NULL,
    search_name                VARCHAR(200) NOT NULL,
    birth_date                 DATE         NOT NULL,
    sex                        VARCHAR(8)   NOT NULL,
    ethnicity                  VARCHAR(64)  NOT NULL DEFAULT 'Kinh',
    minority_area              BOOLEAN      NOT NULL DEFAULT FALSE,
    category                   VARCHAR(24)  NOT NULL,
    standing_committee_managed BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at                 DATETIME(6)  NOT NULL,
    updated_at                 DATETIME(6)  NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_org_person_staff_code UNIQUE (staff_code),
    CONSTRAINT ck_org_person_sex CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT ck_org_person_category CHECK (category IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'LDHD', 'KHONG_CHUYEN_TRACH')),
    INDEX ix_org_person_search_name (search_name),
    INDEX ix_org_person_category (category)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- History of a person's own fields: each change keeps the previous values (who, when, why).
CREATE TABLE org_person_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    reason      VARCHAR(500),
    before_json VARCHAR(4000),
    after_json  VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_org_person_revision_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    INDEX ix_org_person_revision (person_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-5, ORG-9: dated memberships (unit, position, head/deputy, concurrent, secondment).
CREATE TABLE org_membership (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    position_title VARCHAR(200) NOT NULL,
    unit_role      VARCHAR(8)   NOT NULL DEFAULT 'MEMBER',
    leader         BOOLEAN      NOT NULL DEFAULT FALSE,
    kind           VARCHAR(12)  NOT NULL DEFAULT 'PRIMARY',
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    decision       VARCHAR(100),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_membership_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_org_membership_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_membership_role CHECK (unit_role IN ('HEAD', 'DEPUTY', 'MEMBER')),
    CONSTRAINT ck_org_membership_kind CHECK (kind IN ('PRIMARY', 'CONCURRENT', 'SECONDMENT')),
    INDEX ix_org_membership_person (person_id, valid_from),
    INDEX ix_org_membership_unit (unit_id, valid_from, valid_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-4: grade / professional title appointments (official appointment date; probation excluded).
CREATE TABLE org_grade_appointment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    grade_code   VARCHAR(20) NOT NULL,
    appointed_on DATE        NOT NULL,
    ended_on     DATE,
    decision     VARCHAR(100),
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_grade_appt_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_org_grade_appt_grade FOREIGN KEY (grade_code) REFERENCES org_grade (code),
    INDEX ix_org_grade_appt_person (person_id, appointed_on),
    INDEX ix_org_grade_appt_grade (grade_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-6: degrees and certificates with every attribute the EXM rules read.
CREATE TABLE org_qualification (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT       NOT NULL,
    kind                  VARCHAR(24)  NOT NULL,
    name                  VARCHAR(255) NOT NULL,
    level                 VARCHAR(32),
    field                 VARCHAR(200),
    institution           VARCHAR(255),
    country               VARCHAR(64),
    language_of_instruction VARCHAR(32),
    full_time             BOOLEAN,
    issued_on             DATE,
    expires_on            DATE,
    framework_level       VARCHAR(8),
    score                 DECIMAL(6, 2),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_qualification_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_qualification_kind CHECK (kind IN ('DEGREE', 'STATE_MANAGEMENT', 'POLITICAL_THEORY',
        'FOREIGN_LANGUAGE', 'IT', 'MINORITY_LANGUAGE', 'PROFESSIONAL_TRAINING')),
    INDEX ix_org_qualification_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-6: emulation titles and awards; participation in legal documents or projects.
CREATE TABLE org_emulation_title (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    level      VARCHAR(64),
    year       INT          NOT NULL,
    awarded_on DATE,
    CONSTRAINT fk_org_emulation_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    INDEX ix_org_emulation_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_legal_participation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    title       VARCHAR(500) NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    role        VARCHAR(64),
    approved_on DATE,
    CONSTRAINT fk_org_legal_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_legal_kind CHECK (kind IN ('LEGAL_DOCUMENT', 'PROJECT', 'RESEARCH')),
    INDEX ix_org_legal_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-7: absences by type and dates.
CREATE TABLE org_absence (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    note       VARCHAR(500),
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_absence_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_absence_kind CHECK (kind IN ('MATERNITY', 'SICK', 'UNPAID', 'ANNUAL', 'SUMMER_BREAK',
        'PERSONAL_LONG', 'TRAINING')),
    CONSTRAINT ck_org_absence_dates CHECK (end_date >= start_date),
    INDEX ix_org_absence_person (person_id, start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-8: discipline (party or government) and inspection records.
CREATE TABLE org_discipline (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    system     VARCHAR(12)  NOT NULL,
    measure    VARCHAR(100) NOT NULL,
    in_force_from DATE      NOT NULL,
    in_force_to   DATE,
    decision   VARCHAR(100),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_discipline_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_discipline_system CHECK (system IN ('PARTY', 'GOVERNMENT')),
    INDEX ix_org_discipline_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_inspection (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE,
    conclusion VARCHAR(500),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_inspection_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_inspection_kind CHECK (kind IN ('UNDER_INSPECTION', 'VIOLATION_FOUND')),
    INDEX ix_org_inspection_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ORG-11: administrator overrides of the default evaluator authority, per unit or per person.
CREATE TABLE org_authority_override (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id           BIGINT,
    person_id         BIGINT,
    evaluation_kind   VARCHAR(24)  NOT NULL,
    authority_role    VARCHAR(12)  NOT NULL,
    holder_person_id  BIGINT,
    holder_collective VARCHAR(255),
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    reason            VARCHAR(500) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    CONSTRAINT fk_org_override_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_override_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_org_override_holder FOREIGN KEY (holder_person_id) REFERENCES org_person (id),
    CONSTRAINT ck_org_override_scope CHECK ((unit_id IS NULL) <> (person_id IS NULL)),
    CONSTRAINT ck_org_override_holder CHECK ((holder_person_id IS NULL) <> (holder_collective IS NULL)),
    CONSTRAINT ck_org_override_role CHECK (authority_role IN ('COMMENT', 'EVALUATE', 'DECIDE', 'ADJUST')),
    CONSTRAINT ck_org_override_kind CHECK (evaluation_kind IN ('QUARTERLY_PROFESSIONALISM', 'ANNUAL_CLASSIFICATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Imports: one row per import attempt, accepted or refused (all-or-nothing), with its report.
CREATE TABLE org_import (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    file_sha256   CHAR(64)     NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    rows_total    INT          NOT NULL,
    rows_created  INT          NOT NULL DEFAULT 0,
    rows_updated  INT          NOT NULL DEFAULT 0,
    rows_unchanged INT         NOT NULL DEFAULT 0,
    errors_json   LONGTEXT,
    imported_at   DATETIME(6)  NOT NULL,
    imported_by   VARCHAR(100) NOT NULL,
    CONSTRAINT ck_org_import_status CHECK (status IN ('ACCEPTED', 'REFUSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
