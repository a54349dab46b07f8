-- Organisation module: the dated unit tree (RULES.md ORG-1).
CREATE TABLE org_unit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    unit_type  VARCHAR(64)  NOT NULL,
    block      VARCHAR(16)  NOT NULL,
    parent_id  BIGINT,
    valid_from DATE         NOT NULL,
    valid_to   DATE,
    sort_path  VARCHAR(500) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_unit_block CHECK (block IN ('PARTY', 'GOVERNMENT', 'SCHOOL')),
    INDEX ix_org_unit_validity (valid_from, valid_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
