-- CRM sales and service: contacts, interactions, quotes, the order timeline and balance the ERP
-- feeds back, and service tickets. Every table hangs off customer_account: a row is within a
-- user's data scope exactly when its account is, so each query joins the account and filters it
-- with the same scope predicate as the account list. Indexes lead with account_id for the
-- account's 360° page (one indexed range per section) and with the sort column of each queue.

CREATE TABLE contact (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    account_id  BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    role        VARCHAR(100)  NULL,
    email       VARCHAR(254)  NULL,
    phone       VARCHAR(40)   NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT ck_contact_email CHECK (email IS NULL OR email LIKE '%_@_%'),
    INDEX ix_contact_account (account_id, name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interaction (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    by_username  VARCHAR(100)  NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_interaction_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT ck_interaction_kind CHECK (kind IN ('CALL', 'MAIL', 'VISIT')),
    -- newest first on the account's page
    INDEX ix_interaction_account (account_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quote is signed at most once: version is JPA's optimistic lock, and the CHECKs tie the
-- signature columns to the status so that no write path can leave a half-signed quote.
CREATE TABLE quote (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    account_id      BIGINT         NOT NULL,
    owner_username  VARCHAR(100)   NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    currency        CHAR(3)        NOT NULL,
    total           DECIMAL(15, 2) NOT NULL,
    created_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    signed_at       TIMESTAMP(6)   NULL,
    signed_by       VARCHAR(100)   NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_quote_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT ck_quote_status CHECK (status IN ('DRAFT', 'SIGNED', 'CANCELLED')),
    CONSTRAINT ck_quote_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
    CONSTRAINT ck_quote_total CHECK (total >= 0),
    CONSTRAINT ck_quote_signed CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)),
    INDEX ix_quote_account (account_id, created_at, id),
    -- the orders module lists quotes newest first, optionally by status
    INDEX ix_quote_created (created_at, id),
    INDEX ix_quote_status (status, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- SKUs are the ERP's product codes, kept as text: products belong to the ERP context.
CREATE TABLE quote_line (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    quote_id     BIGINT         NOT NULL,
    line_no      INT            NOT NULL,
    sku          VARCHAR(64)    NOT NULL,
    description  VARCHAR(200)   NULL,
    quantity     INT            NOT NULL,
    unit_price   DECIMAL(15, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES quote (id) ON DELETE CASCADE,
    CONSTRAINT uq_quote_line UNIQUE (quote_id, line_no),
    CONSTRAINT ck_quote_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_quote_line_price CHECK (unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the ERP did with each signed quote, one row per ErpEvent. message_id is the event's own
-- id: a redelivered or duplicated event hits the unique key and changes nothing.
CREATE TABLE order_timeline (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    message_id      VARCHAR(64)    NOT NULL,
    quote_id        BIGINT         NOT NULL,
    erp_order_id    BIGINT         NOT NULL,
    crm_account_id  BIGINT         NOT NULL,
    event_type      VARCHAR(30)    NOT NULL,
    amount          DECIMAL(15, 2) NULL,
    balance         DECIMAL(15, 2) NULL,
    detail          VARCHAR(1000)  NULL,
    occurred_at     TIMESTAMP(6)   NOT NULL,
    received_at     TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_order_timeline_message UNIQUE (message_id),
    CONSTRAINT fk_order_timeline_quote FOREIGN KEY (quote_id) REFERENCES quote (id),
    CONSTRAINT fk_order_timeline_account FOREIGN KEY (crm_account_id) REFERENCES customer_account (id),
    CONSTRAINT ck_order_timeline_type CHECK (event_type IN ('ORDER_CONFIRMED', 'ORDER_ON_CREDIT_HOLD', 'STOCK_SHORTAGE',
                                                            'SHIPPED', 'INVOICED', 'PAYMENT_RECEIVED')),
    -- events may arrive out of order: pages sort by the ERP's occurred_at, not by arrival
    INDEX ix_order_timeline_account (crm_account_id, occurred_at, id),
    INDEX ix_order_timeline_quote (quote_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The CRM's view of what a customer owes, as the ERP last reported it. as_of is the ERP time of
-- the event that set it, so an older event delivered late cannot overwrite a newer balance.
CREATE TABLE account_balance (
    crm_account_id  BIGINT         NOT NULL,
    balance         DECIMAL(15, 2) NOT NULL,
    as_of           TIMESTAMP(6)   NOT NULL,
    updated_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (crm_account_id),
    CONSTRAINT fk_account_balance_account FOREIGN KEY (crm_account_id) REFERENCES customer_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- sla_due_at is fixed when the ticket is opened (created_at + the priority's response time,
-- see TicketPriority); the queue is sorted by it, open tickets first.
CREATE TABLE service_ticket (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    account_id        BIGINT         NOT NULL,
    quote_id          BIGINT         NULL,
    erp_order_id      BIGINT         NULL,
    subject           VARCHAR(200)   NOT NULL,
    priority          VARCHAR(10)    NOT NULL,
    status            VARCHAR(12)    NOT NULL,
    assignee          VARCHAR(100)   NULL,
    opened_by         VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMP(6)   NOT NULL,
    sla_due_at        TIMESTAMP(6)   NOT NULL,
    resolved_at       TIMESTAMP(6)   NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT fk_ticket_quote FOREIGN KEY (quote_id) REFERENCES quote (id),
    CONSTRAINT ck_ticket_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT ck_ticket_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    CONSTRAINT ck_ticket_sla CHECK (sla_due_at > created_at),
    CONSTRAINT ck_ticket_resolved CHECK ((status IN ('RESOLVED', 'CLOSED')) = (resolved_at IS NOT NULL)),
    INDEX ix_ticket_queue (status, sla_due_at, id),
    INDEX ix_ticket_account (account_id, created_at, id),
    INDEX ix_ticket_assignee (assignee, status, sla_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id   BIGINT        NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_comment_ticket FOREIGN KEY (ticket_id) REFERENCES service_ticket (id) ON DELETE CASCADE,
    INDEX ix_ticket_comment_ticket (ticket_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
