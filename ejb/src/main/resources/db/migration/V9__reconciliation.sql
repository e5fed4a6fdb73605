-- The CRM <-> ERP reconciliation job (Jakarta Batch, job crm-erp-reconciliation): one row per run,
-- who started it and how it ended, and what it found. Findings name the keys on both sides and
-- what each side holds, as text, so one report lists mapping gaps, statuses and balances alike.
CREATE TABLE reconciliation_run (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    job_execution_id  BIGINT        NULL,
    status            VARCHAR(12)   NOT NULL,
    started_by        VARCHAR(100)  NOT NULL,
    started_at        TIMESTAMP(6)  NOT NULL,
    finished_at       TIMESTAMP(6)  NULL,
    finding_count     INT           NOT NULL DEFAULT 0,
    -- A check stops at the run's finding limit; the report then says it is not complete.
    truncated         BOOLEAN       NOT NULL DEFAULT FALSE,
    failure           VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_reconciliation_run_status CHECK (status IN ('STARTING', 'RUNNING', 'COMPLETED', 'FAILED')),
    INDEX ix_reconciliation_run_started (started_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reconciliation_finding (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    run_id           BIGINT       NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    crm_account_id   BIGINT       NULL,
    erp_customer_id  BIGINT       NULL,
    quote_id         BIGINT       NULL,
    erp_order_id     BIGINT       NULL,
    crm_value        VARCHAR(200) NULL,
    erp_value        VARCHAR(200) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_finding_run FOREIGN KEY (run_id) REFERENCES reconciliation_run (id) ON DELETE CASCADE,
    CONSTRAINT ck_reconciliation_finding_kind CHECK (kind IN ('ACCOUNT_WITHOUT_ERP_CUSTOMER', 'ERP_CUSTOMER_WITHOUT_ACCOUNT',
        'ERP_CUSTOMER_FOR_PROSPECT', 'ERP_ORDER_WITHOUT_QUOTE', 'ORDER_UNKNOWN_TO_ERP', 'STATUS_MISMATCH', 'BALANCE_MISMATCH')),
    INDEX ix_reconciliation_finding_run (run_id, kind, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The status check groups the CRM's timeline by ERP order and probes it per ERP order: without
-- this index both are full scans of the timeline (millions of rows at a million orders).
CREATE INDEX ix_order_timeline_order ON order_timeline (erp_order_id, occurred_at, id);
