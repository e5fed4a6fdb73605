-- The CRM's own price list, kept from the ERP's CatalogueEvents (topic ErpCatalogue): quotes for
-- direct customers are priced from it without a call to the ERP. as_of is the ERP's time of the
-- event that set the row, so an older event delivered late leaves a newer price in place. The
-- list starts as a copy of today's catalogue (the demo data copies its products as well).
CREATE TABLE crm_price (
    sku         VARCHAR(32)    NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    unit_price  DECIMAL(12, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    as_of       TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sku),
    CONSTRAINT ck_crm_price CHECK (unit_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO crm_price (sku, name, unit_price, currency, as_of)
SELECT sku, name, unit_price, currency, CURRENT_TIMESTAMP(6) FROM product;

-- An open draft whose list price moved since it was written: shown to its owner on the quote's
-- page until the quote is signed or re-priced. One row per draft, SKU and event.
CREATE TABLE quote_price_change (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    quote_id    BIGINT         NOT NULL,
    sku         VARCHAR(32)    NOT NULL,
    old_price   DECIMAL(15, 2) NOT NULL,
    new_price   DECIMAL(15, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    message_id  VARCHAR(64)    NOT NULL,
    changed_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_price_change_quote FOREIGN KEY (quote_id) REFERENCES quote (id) ON DELETE CASCADE,
    CONSTRAINT uq_price_change UNIQUE (quote_id, sku, message_id),
    INDEX ix_price_change_quote (quote_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The drafts a price change touches are found by SKU.
CREATE INDEX ix_quote_line_sku ON quote_line (sku, quote_id);
