-- Role grants made through Portico: Keycloak holds the role itself; this is the request, its
-- approval, its expiry and its end. PENDING grants wait for a second administrator because
-- they would create a segregation-of-duties conflict.
CREATE TABLE role_grant (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100)  NOT NULL,
    role_name     VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    reason        VARCHAR(1000) NOT NULL,
    conflicts     VARCHAR(500)  NULL,
    approved_by   VARCHAR(100)  NULL,
    expires_at    TIMESTAMP(6)  NULL,
    ended_at      TIMESTAMP(6)  NULL,
    ended_by      VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    INDEX ix_grant_user (username, status),
    INDEX ix_grant_expiry (status, expires_at),
    CONSTRAINT ck_grant_status CHECK (status IN ('PENDING', 'ACTIVE', 'REVOKED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pairs of permissions one person must not hold together (segregation of duties).
CREATE TABLE sod_conflict (
    permission_a  VARCHAR(64)  NOT NULL,
    permission_b  VARCHAR(64)  NOT NULL,
    description   VARCHAR(500) NOT NULL,
    PRIMARY KEY (permission_a, permission_b)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sod_conflict (permission_a, permission_b, description) VALUES
    ('orders:approve', 'finance:edit', 'Whoever approves orders (credit holds) must not also book invoices and payments');
