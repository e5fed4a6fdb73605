-- Every message a Portico consumer has applied, keyed by the message's business id.
-- The primary key makes a redelivered or duplicated message a no-op (idempotent consumers).
CREATE TABLE integration_inbox (
    message_id   VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    received_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (message_id),
    INDEX ix_inbox_aggregate (event_type, aggregate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
