-- Platform module tables (plt_): users and roles, audit log, rule packs (RULES.md RP-1).
CREATE TABLE plt_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_plt_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plt_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_plt_user_role_user FOREIGN KEY (user_id) REFERENCES plt_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plt_audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(255),
    detail      VARCHAR(2000),
    INDEX ix_plt_audit_log_action (action, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plt_rule_pack (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL,
    legal_basis    VARCHAR(500) NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    content_json   LONGTEXT     NOT NULL,
    published_at   DATETIME(6)  NOT NULL,
    published_by   VARCHAR(100) NOT NULL,
    CONSTRAINT uq_plt_rule_pack UNIQUE (code, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
