-- Partner self-service: the terms the company grants each partner (ERP), what a partner's
-- orders go through (CRM: submission, a buyer's purchase limit, an approver's decision), and
-- which ticket comments a partner may read.

-- ERP: a partner organisation's terms. A distributor buys at its price list: an explicit price
-- per product where one is agreed, else the list price less the partner's discount. The credit
-- line is the partner's own (not an end customer's); payment days set an invoice's due date.
CREATE TABLE partner_terms (
    organisation_id   BIGINT        NOT NULL,
    discount_percent  DECIMAL(5,2)  NOT NULL DEFAULT 0,
    credit_line       DECIMAL(12,2) NOT NULL DEFAULT 0,
    currency          CHAR(3)       NOT NULL DEFAULT 'EUR',
    payment_days      INT           NOT NULL DEFAULT 30,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_partner_terms_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_partner_terms CHECK (discount_percent >= 0 AND discount_percent < 100 AND credit_line >= 0
                                       AND payment_days BETWEEN 0 AND 365 AND currency REGEXP '^[A-Z]{3}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_price (
    organisation_id  BIGINT        NOT NULL,
    sku              VARCHAR(32)   NOT NULL,
    unit_price       DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (organisation_id, sku),
    CONSTRAINT fk_partner_price_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_partner_price_product FOREIGN KEY (sku) REFERENCES product (sku),
    CONSTRAINT ck_partner_price CHECK (unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ERP: a shipment names its carrier and tracking number (what the partner's timeline shows);
-- an invoice its due date (issued + the partner's payment days, 30 for direct customers).
ALTER TABLE shipment
    ADD COLUMN carrier          VARCHAR(40) NULL,
    ADD COLUMN tracking_number  VARCHAR(64) NULL;

ALTER TABLE invoice ADD COLUMN due_at TIMESTAMP(6) NULL;
UPDATE invoice SET due_at = issued_at + INTERVAL 30 DAY WHERE due_at IS NULL;
ALTER TABLE invoice MODIFY due_at TIMESTAMP(6) NOT NULL,
    ADD INDEX ix_invoice_due (due_at, id);

-- CRM: a partner submits a quote (its order) with a delivery address. Above the buyer's
-- purchase limit it waits for an order approver of the same organisation, who signs it or
-- rejects it with a reason; a signed quote goes to the ERP as before.
ALTER TABLE quote
    MODIFY status VARCHAR(20) NOT NULL,
    DROP CONSTRAINT ck_quote_status,
    ADD CONSTRAINT ck_quote_status CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SIGNED', 'REJECTED', 'CANCELLED')),
    ADD COLUMN delivery_address  VARCHAR(500)  NULL,
    ADD COLUMN submitted_by      VARCHAR(100)  NULL,
    ADD COLUMN submitted_at      TIMESTAMP(6)  NULL,
    ADD COLUMN decided_by        VARCHAR(100)  NULL,
    ADD COLUMN decided_at        TIMESTAMP(6)  NULL,
    ADD COLUMN decision_reason   VARCHAR(500)  NULL,
    ADD COLUMN fulfilment        VARCHAR(24)   NULL,
    ADD COLUMN fulfilment_at     TIMESTAMP(6)  NULL,
    ADD CONSTRAINT ck_quote_awaiting CHECK (status <> 'AWAITING_APPROVAL' OR submitted_by IS NOT NULL),
    ADD CONSTRAINT ck_quote_rejected CHECK (status <> 'REJECTED' OR (decided_by IS NOT NULL AND decision_reason IS NOT NULL));

-- The latest ERP event about a signed quote (fulfilment, in the ERP's time), kept by the
-- CRM's event consumer beside the timeline: a partner's order list filters and counts by it.
UPDATE quote q
JOIN order_timeline t ON t.quote_id = q.id
 AND t.id = (SELECT t2.id FROM order_timeline t2 WHERE t2.quote_id = q.id ORDER BY t2.occurred_at DESC, t2.id DESC LIMIT 1)
SET q.fulfilment = t.event_type, q.fulfilment_at = t.occurred_at;
CREATE INDEX ix_quote_fulfilment ON quote (fulfilment, id);

-- A buyer's purchase limit, set by their partner administrator: a submitted order whose total
-- exceeds it waits for an approver. A buyer without a row has no limit.
CREATE TABLE purchase_limit (
    organisation_id  BIGINT        NOT NULL,
    username         VARCHAR(100)  NOT NULL,
    amount           DECIMAL(12,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    set_by           VARCHAR(100)  NOT NULL,
    set_at           TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (organisation_id, username),
    CONSTRAINT fk_purchase_limit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_purchase_limit CHECK (amount >= 0 AND currency REGEXP '^[A-Z]{3}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CRM: staff mark a ticket comment PUBLIC (a reply the partner reads) or INTERNAL (the default,
-- so that no note reaches a partner by accident); a partner user's own comment is PARTNER.
ALTER TABLE ticket_comment
    ADD COLUMN visibility VARCHAR(8) NOT NULL DEFAULT 'INTERNAL',
    ADD CONSTRAINT ck_ticket_comment_visibility CHECK (visibility IN ('INTERNAL', 'PUBLIC', 'PARTNER'));

-- A new policy version with the partner roles (copying the latest, as V6 does). The partner
-- portal is module `partner`: view for every partner role, edit (cart, order, tickets) for
-- buyers, approve for order approvers; `partner-people` is a partner administrator's own
-- organisation's users. The distributor role keeps what it reads today but no longer orders
-- by itself: ordering is the buyer's.
SET @latest_version = (SELECT MAX(version) FROM access_policy_version);

INSERT INTO access_policy_version (version, created_by, reason)
VALUES (@latest_version + 1, 'system', 'Partner self-service roles');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope)
SELECT @latest_version + 1, role_name, module_id, action, data_scope
FROM access_policy_rule
WHERE version = @latest_version
  AND NOT (role_name = 'distributor' AND module_id = 'partner' AND action = 'EDIT');

INSERT IGNORE INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES
    (@latest_version + 1, 'partner-viewer', 'partner',        'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'buyer',          'partner',        'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'buyer',          'partner',        'EDIT',    'ORGANISATION'),
    (@latest_version + 1, 'order-approver', 'partner',        'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'order-approver', 'partner',        'APPROVE', 'ORGANISATION'),
    (@latest_version + 1, 'partner-admin',  'partner',        'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'partner-admin',  'partner-people', 'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'partner-admin',  'partner-people', 'EDIT',    'ORGANISATION'),
    (@latest_version + 1, 'supplier-admin', 'partner',        'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'supplier-admin', 'partner-people', 'VIEW',    'ORGANISATION'),
    (@latest_version + 1, 'supplier-admin', 'partner-people', 'EDIT',    'ORGANISATION');
