-- The CRM's sales pipeline: leads, opportunities with their stage history, the stages'
-- probabilities, sales targets and the contact cadence per account tier. All of it stays in the
-- CRM: nothing here reaches the ERP until a quote of an opportunity is signed.

-- The stages in board order, each with the probability the weighted forecast applies (an
-- administrator may change it; a closed opportunity keeps the stage it closed in).
CREATE TABLE pipeline_stage (
    stage         VARCHAR(16)  NOT NULL,
    position      INT          NOT NULL,
    probability   INT          NOT NULL,
    is_committed  BOOLEAN      NOT NULL,
    is_closed     BOOLEAN      NOT NULL,
    PRIMARY KEY (stage),
    CONSTRAINT ck_stage_probability CHECK (probability BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO pipeline_stage (stage, position, probability, is_committed, is_closed) VALUES
    ('PROSPECTING',   1,  10, FALSE, FALSE),
    ('QUALIFICATION', 2,  25, FALSE, FALSE),
    ('PROPOSAL',      3,  50, FALSE, FALSE),
    ('NEGOTIATION',   4,  75, TRUE,  FALSE),
    ('WON',           5, 100, TRUE,  TRUE),
    ('LOST',          6,   0, FALSE, TRUE);

-- A lead is someone not yet qualified. A partner's registration (deal registration) carries the
-- partner organisation and waits for the company to accept or reject it. Qualifying converts it,
-- once, into a prospect account, a contact and an opportunity: account_id is set in that
-- transaction and the status CHECK ties them together.
CREATE TABLE crm_lead (
    id                       BIGINT         NOT NULL AUTO_INCREMENT,
    company                  VARCHAR(200)   NOT NULL,
    contact_name             VARCHAR(200)   NOT NULL,
    contact_email            VARCHAR(254)   NULL,
    contact_phone            VARCHAR(40)    NULL,
    city                     VARCHAR(100)   NULL,
    country                  CHAR(2)        NULL,
    territory                VARCHAR(20)    NOT NULL,
    source                   VARCHAR(16)    NOT NULL,
    owner_username           VARCHAR(100)   NULL,
    partner_organisation_id  BIGINT         NULL,
    registration             VARCHAR(10)    NULL,
    registration_note        VARCHAR(500)   NULL,
    status                   VARCHAR(14)    NOT NULL,
    disqualify_reason        VARCHAR(500)   NULL,
    estimated_amount         DECIMAL(15, 2) NULL,
    currency                 CHAR(3)        NOT NULL DEFAULT 'EUR',
    notes                    VARCHAR(2000)  NULL,
    account_id               BIGINT         NULL,
    created_at               TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by               VARCHAR(100)   NOT NULL,
    qualified_at             TIMESTAMP(6)   NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_partner FOREIGN KEY (partner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_lead_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT uq_lead_account UNIQUE (account_id),
    CONSTRAINT ck_lead_status CHECK (status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED')),
    CONSTRAINT ck_lead_source CHECK (source IN ('WEB', 'EVENT', 'REFERRAL', 'PARTNER', 'CAMPAIGN', 'COLD_CALL', 'OTHER')),
    CONSTRAINT ck_lead_qualified CHECK ((status = 'QUALIFIED') = (account_id IS NOT NULL)),
    CONSTRAINT ck_lead_disqualified CHECK (status <> 'DISQUALIFIED' OR disqualify_reason IS NOT NULL),
    CONSTRAINT ck_lead_registration CHECK (registration IS NULL OR registration IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_lead_partner_registration CHECK ((partner_organisation_id IS NULL) = (registration IS NULL)),
    CONSTRAINT ck_lead_email CHECK (contact_email IS NULL OR contact_email LIKE '%_@_%'),
    INDEX ix_lead_inbox (status, territory, created_at, id),
    INDEX ix_lead_owner (owner_username, status, id),
    INDEX ix_lead_partner (partner_organisation_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An opportunity is a possible sale to an account. Its stage moves along pipeline_stage; WON
-- and LOST close it (closed_at set, LOST with a reason). amount is the expected value.
CREATE TABLE opportunity (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    account_id      BIGINT         NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    owner_username  VARCHAR(100)   NOT NULL,
    stage           VARCHAR(16)    NOT NULL,
    amount          DECIMAL(15, 2) NOT NULL,
    currency        CHAR(3)        NOT NULL,
    close_date      DATE           NOT NULL,
    next_step       VARCHAR(500)   NULL,
    next_step_date  DATE           NULL,
    lost_reason     VARCHAR(500)   NULL,
    lead_id         BIGINT         NULL,
    created_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    closed_at       TIMESTAMP(6)   NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT fk_opportunity_stage FOREIGN KEY (stage) REFERENCES pipeline_stage (stage),
    CONSTRAINT fk_opportunity_lead FOREIGN KEY (lead_id) REFERENCES crm_lead (id),
    CONSTRAINT uq_opportunity_lead UNIQUE (lead_id),
    CONSTRAINT ck_opportunity_amount CHECK (amount >= 0),
    CONSTRAINT ck_opportunity_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
    CONSTRAINT ck_opportunity_closed CHECK ((stage IN ('WON', 'LOST')) = (closed_at IS NOT NULL)),
    CONSTRAINT ck_opportunity_lost CHECK (stage <> 'LOST' OR lost_reason IS NOT NULL),
    -- the board (one column: an owner's stage by close date; the counts: owner and stage) and
    -- the forecast (an owner's quarter by close date)
    INDEX ix_opportunity_board (owner_username, stage, close_date, id),
    INDEX ix_opportunity_owner (owner_username, close_date, id),
    INDEX ix_opportunity_stage (stage, close_date, id),
    INDEX ix_opportunity_account (account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every stage change: who, when, from -> to (from NULL for the first stage).
CREATE TABLE opportunity_stage_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    opportunity_id  BIGINT        NOT NULL,
    from_stage      VARCHAR(16)   NULL,
    to_stage        VARCHAR(16)   NOT NULL,
    changed_by      VARCHAR(100)  NOT NULL,
    changed_at      TIMESTAMP(6)  NOT NULL,
    note            VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_stage_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    INDEX ix_stage_change_opportunity (opportunity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quote may belong to an opportunity; signing it wins the opportunity.
ALTER TABLE quote
    ADD COLUMN opportunity_id BIGINT NULL,
    ADD CONSTRAINT fk_quote_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    ADD INDEX ix_quote_opportunity (opportunity_id, id);

-- What each rep is to sell per quarter ('2026-Q4'), against which the forecast is shown.
CREATE TABLE sales_target (
    username  VARCHAR(100)   NOT NULL,
    quarter   CHAR(7)        NOT NULL,
    amount    DECIMAL(15, 2) NOT NULL,
    currency  CHAR(3)        NOT NULL,
    PRIMARY KEY (username, quarter),
    CONSTRAINT ck_target_quarter CHECK (quarter REGEXP '^[0-9]{4}-Q[1-4]$'),
    CONSTRAINT ck_target_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The contact cadence: how often an account of each tier is to be called, mailed or visited.
-- An account is overdue when nobody has had an interaction with it within its tier's interval.
CREATE TABLE contact_cadence (
    tier           CHAR(1)  NOT NULL,
    interval_days  INT      NOT NULL,
    PRIMARY KEY (tier),
    CONSTRAINT ck_cadence_tier CHECK (tier IN ('A', 'B', 'C')),
    CONSTRAINT ck_cadence_interval CHECK (interval_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO contact_cadence (tier, interval_days) VALUES ('A', 14), ('B', 30), ('C', 90);

ALTER TABLE customer_account
    ADD COLUMN tier CHAR(1) NOT NULL DEFAULT 'B',
    ADD CONSTRAINT fk_account_tier FOREIGN KEY (tier) REFERENCES contact_cadence (tier),
    ADD INDEX ix_account_owner_tier (owner_username, tier, id);

-- The policy: reps work their territory's leads and their own opportunities; the sales manager
-- every lead (assigning them and deciding partners' registrations) and the team's pipeline;
-- distributors register leads for their organisation and see only their own registrations.
SET @latest_version = (SELECT MAX(version) FROM access_policy_version);

INSERT INTO access_policy_version (version, created_by, reason)
VALUES (@latest_version + 1, 'system', 'Sales pipeline: leads, opportunities, forecast and contact cadence');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope)
SELECT @latest_version + 1, role_name, module_id, action, data_scope
FROM access_policy_rule
WHERE version = @latest_version;

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES
    (@latest_version + 1, 'sales-rep',     'leads',    'VIEW',    'TERRITORY'),
    (@latest_version + 1, 'sales-rep',     'leads',    'EDIT',    'TERRITORY'),
    (@latest_version + 1, 'sales-manager', 'leads',    'VIEW',    'ALL'),
    (@latest_version + 1, 'sales-manager', 'leads',    'EDIT',    'ALL'),
    (@latest_version + 1, 'sales-manager', 'leads',    'APPROVE', 'ALL'),
    (@latest_version + 1, 'distributor',   'leads',    'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'distributor',   'leads',    'EDIT',    'ORGANISATION'),
    (@latest_version + 1, 'sales-rep',     'pipeline', 'VIEW',    'OWN'),
    (@latest_version + 1, 'sales-rep',     'pipeline', 'EDIT',    'OWN'),
    (@latest_version + 1, 'sales-rep',     'pipeline', 'EXPORT',  'OWN'),
    (@latest_version + 1, 'sales-manager', 'pipeline', 'VIEW',    'TEAM'),
    (@latest_version + 1, 'sales-manager', 'pipeline', 'EDIT',    'TEAM'),
    (@latest_version + 1, 'sales-manager', 'pipeline', 'EXPORT',  'TEAM');
