-- The grant ledger: every policy change, grant, revocation, expiry, approval and review
-- attestation, appended once and never changed. Each entry carries the SHA-256 of the entry
-- before it (prev_hash) and its own (hash), so an edited or deleted row breaks the chain.
-- seq is assigned by the application under the head lock below, not by AUTO_INCREMENT: the
-- numbers are gap-free, so a deleted row shows as a gap.
-- event has no CHECK constraint: the Java enum LedgerEvent is the list, a new kind of event
-- needs no migration, and the hash chain (not a constraint) is what protects stored values.
CREATE TABLE grant_ledger (
    seq            BIGINT        NOT NULL,
    occurred_at    TIMESTAMP(6)  NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    event          VARCHAR(32)   NOT NULL,
    subject        VARCHAR(100)  NULL,
    detail         VARCHAR(500)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    approved_by    VARCHAR(100)  NULL,
    policy_version INT           NULL,
    prev_hash      CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    PRIMARY KEY (seq),
    -- History filters by one of these and pages in seq order.
    INDEX ix_ledger_subject (subject, seq),
    INDEX ix_ledger_actor (actor, seq),
    INDEX ix_ledger_event (event, seq),
    INDEX ix_ledger_occurred (occurred_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tip of the chain, in one row. An append locks it (SELECT ... FOR UPDATE) until its
-- transaction ends, so concurrent appends take turns and the chain never forks. It also lets
-- verification notice entries removed from the end, which leave no gap behind them.
CREATE TABLE grant_ledger_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_ledger_head_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO grant_ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
