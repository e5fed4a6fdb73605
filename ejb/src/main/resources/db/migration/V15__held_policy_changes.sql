-- Policy changes that would let one person hold both sides of a segregation-of-duties pair, and
-- removals of a pair, wait here for a second administrator (as conflicting role grants wait in
-- role_grant). A held policy change keeps the whole rule set it would publish and the version it
-- was worked out against: approved after another change was published, it is refused as stale.
CREATE TABLE held_policy_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(24)   NOT NULL,
    base_version   INT           NOT NULL,
    rules          MEDIUMTEXT    NULL,
    permission_a   VARCHAR(64)   NULL,
    permission_b   VARCHAR(64)   NULL,
    summary        VARCHAR(500)  NOT NULL,
    conflicts      VARCHAR(1000) NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    requested_by   VARCHAR(100)  NOT NULL,
    requested_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    status         VARCHAR(16)   NOT NULL,
    decided_by     VARCHAR(100)  NULL,
    decided_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_held_policy_change_status (status, requested_at),
    CONSTRAINT ck_held_policy_change_kind CHECK (kind IN ('POLICY', 'SOD_PAIR_REMOVAL')),
    CONSTRAINT ck_held_policy_change_status CHECK (status IN ('PENDING', 'APPLIED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
