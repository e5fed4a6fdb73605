-- The integration monitor (issue 4): what each consumer applied and how late, why deliveries
-- failed (Artemis does not carry a consumer's exception into the DLQ), and the dead letters with
-- their audited replay. Times are written by the application in UTC, so lag is one clock's.

-- Per applied message: its flow (OrderSubmitted, an ErpEventType, AccountOpened), when the
-- sender's broker stamped it (JMSTimestamp) and when the consumer applied it.
ALTER TABLE integration_inbox
    ADD COLUMN flow        VARCHAR(64)  NULL,
    ADD COLUMN sent_at     TIMESTAMP(6) NULL,
    ADD COLUMN consumed_at TIMESTAMP(6) NULL,
    ADD INDEX ix_inbox_flow (flow, consumed_at),
    ADD INDEX ix_inbox_consumed (consumed_at);

-- One row per failed delivery attempt, written in its own transaction (the attempt's rolls back).
CREATE TABLE integration_failure (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    jms_message_id VARCHAR(100)  NOT NULL,
    flow           VARCHAR(64)   NOT NULL,
    destination    VARCHAR(200)  NOT NULL,
    attempt        INT           NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    failed_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_failure_message (jms_message_id, id),
    INDEX ix_failure_time (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A message the broker parked in the DLQ, copied here when the monitor first sees it; replayed
-- at most once (status), by whom, when, why, as which new message and under which ledger entry.
CREATE TABLE dead_letter (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    jms_message_id    VARCHAR(100)  NOT NULL,
    original_address  VARCHAR(200)  NOT NULL,
    original_queue    VARCHAR(200)  NOT NULL,
    flow              VARCHAR(64)   NOT NULL,
    body              MEDIUMTEXT    NULL,
    properties        TEXT          NOT NULL,
    sent_at           TIMESTAMP(6)  NULL,
    first_seen_at     TIMESTAMP(6)  NOT NULL,
    status            VARCHAR(16)   NOT NULL DEFAULT 'PARKED',
    replayed_by       VARCHAR(100)  NULL,
    replayed_at       TIMESTAMP(6)  NULL,
    replay_reason     VARCHAR(1000) NULL,
    replay_message_id VARCHAR(100)  NULL,
    replay_ledger_seq BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dead_letter_message (jms_message_id, original_queue),
    INDEX ix_dead_letter_status (status, id),
    CONSTRAINT ck_dead_letter_status CHECK (status IN ('PARKED', 'REPLAYED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
