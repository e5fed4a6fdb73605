-- Staff price quotes from the ERP's price list; what they may change is a discount per line, with
-- a reason, up to the limit their role has. Beyond it a sales manager approves the discount
-- before the quote is signed (ledgered). A free unit price is gone: it let anyone set any price.
ALTER TABLE quote_line
    ADD COLUMN list_price DECIMAL(15,2) NULL AFTER quantity,
    ADD COLUMN discount_percent DECIMAL(5,2) NOT NULL DEFAULT 0 AFTER list_price,
    ADD CONSTRAINT ck_quote_line_discount CHECK (discount_percent >= 0 AND discount_percent <= 100);

UPDATE quote_line SET list_price = unit_price WHERE list_price IS NULL;

ALTER TABLE quote
    ADD COLUMN discount_reason VARCHAR(500) NULL,
    ADD COLUMN discount_approved_by VARCHAR(100) NULL,
    ADD COLUMN discount_approved_at TIMESTAMP(6) NULL;

-- The largest discount (percent of the list price) each role may give without approval; a role
-- not listed gives none. Read by the CRM when a quote is written and signed.
CREATE TABLE discount_limit (
    role_name    VARCHAR(64)  NOT NULL,
    max_percent  DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (role_name),
    CONSTRAINT ck_discount_limit CHECK (max_percent >= 0 AND max_percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO discount_limit (role_name, max_percent) VALUES
    ('sales-rep', 10.00),
    ('sales-manager', 25.00);
