-- Supplier collaboration (issue 11): a supplier confirms a purchase order with a promised
-- delivery date per line, or proposes a change (quantity, date) that the warehouse accepts or
-- rejects; once confirmed, it announces what ships with an advance shipping notice, which the
-- warehouse sees as expected receipts.
ALTER TABLE purchase_order_line
    ADD COLUMN promised_date DATE NULL;

CREATE TABLE purchase_order_change (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    purchase_order_id  BIGINT       NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    note               VARCHAR(500) NULL,
    proposed_by        VARCHAR(100) NOT NULL,
    proposed_at        TIMESTAMP(6) NOT NULL,
    decided_by         VARCHAR(100) NULL,
    decided_at         TIMESTAMP(6) NULL,
    decision_reason    VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_po_change_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_po_change_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    INDEX ix_po_change_order (purchase_order_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order_change_line (
    change_id      BIGINT      NOT NULL,
    sku            VARCHAR(32) NOT NULL,
    quantity       INT         NOT NULL,
    promised_date  DATE        NOT NULL,
    PRIMARY KEY (change_id, sku),
    CONSTRAINT fk_po_change_line_change FOREIGN KEY (change_id) REFERENCES purchase_order_change (id),
    CONSTRAINT ck_po_change_line CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shipping_notice (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    purchase_order_id  BIGINT       NOT NULL,
    shipped_on         DATE         NOT NULL,
    expected_on        DATE         NOT NULL,
    carrier            VARCHAR(40)  NOT NULL,
    tracking_number    VARCHAR(64)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shipping_notice_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_shipping_notice_dates CHECK (expected_on >= shipped_on),
    INDEX ix_shipping_notice_order (purchase_order_id),
    -- The warehouse's expected receipts, soonest first.
    INDEX ix_shipping_notice_expected (expected_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE shipping_notice_line (
    notice_id  BIGINT      NOT NULL,
    sku        VARCHAR(32) NOT NULL,
    quantity   INT         NOT NULL,
    PRIMARY KEY (notice_id, sku),
    CONSTRAINT fk_shipping_notice_line_notice FOREIGN KEY (notice_id) REFERENCES shipping_notice (id),
    CONSTRAINT ck_shipping_notice_line CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
