-- The built-in ERP context: products and stock, customers-as-billed, sales orders and what
-- follows them (reservations, shipments, invoices, payments), purchase orders to suppliers.
-- It knows a CRM customer only by the CRM account id (erp_customer.crm_account_id) and a quote
-- only by its id: no names or contact details live here (one source per data element).

CREATE TABLE product (
    sku                      VARCHAR(32)   NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    unit_price               DECIMAL(12,2) NOT NULL,
    currency                 CHAR(3)       NOT NULL,
    stock_on_hand            INT           NOT NULL DEFAULT 0,
    reserved                 INT           NOT NULL DEFAULT 0,
    reorder_level            INT           NOT NULL DEFAULT 0,
    supplier_organisation_id BIGINT        NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (sku),
    CONSTRAINT fk_product_supplier FOREIGN KEY (supplier_organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_product_price CHECK (unit_price >= 0),
    CONSTRAINT ck_product_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
    -- Reserved stock is stock on the shelf promised to orders: never more than is there.
    CONSTRAINT ck_product_stock CHECK (stock_on_hand >= 0 AND reserved >= 0 AND reserved <= stock_on_hand),
    CONSTRAINT ck_product_reorder CHECK (reorder_level >= 0),
    INDEX ix_product_name (name, sku),
    INDEX ix_product_supplier (supplier_organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ERP's customer, created from a CRM account when its first order arrives. The unique
-- crm_account_id is the explicit CRM <-> ERP mapping. balance = invoiced and not yet paid.
CREATE TABLE erp_customer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    crm_account_id  BIGINT        NOT NULL,
    credit_limit    DECIMAL(12,2) NOT NULL,
    balance         DECIMAL(12,2) NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_erp_customer_crm_account UNIQUE (crm_account_id),
    CONSTRAINT ck_erp_customer_amounts CHECK (credit_limit >= 0 AND balance >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One signed quote becomes at most one order: quote_id is unique, whatever the messaging does.
CREATE TABLE sales_order (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    quote_id         BIGINT        NOT NULL,
    erp_customer_id  BIGINT        NOT NULL,
    -- Copied from erp_customer when received (never changes): lists scope and page on this
    -- table alone; a join to erp_customer made MariaDB sort every order (OrderListBenchmark).
    crm_account_id   BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total            DECIMAL(12,2) NOT NULL,
    amount_paid      DECIMAL(12,2) NOT NULL DEFAULT 0,
    currency         CHAR(3)       NOT NULL,
    signed_by        VARCHAR(100)  NOT NULL,
    signed_at        TIMESTAMP(6)  NOT NULL,
    received_at      TIMESTAMP(6)  NOT NULL,
    confirmed_at     TIMESTAMP(6)  NULL,
    hold_reason      VARCHAR(500)  NULL,
    approved_by      VARCHAR(100)  NULL,
    approval_reason  VARCHAR(500)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_sales_order_quote UNIQUE (quote_id),
    CONSTRAINT fk_sales_order_customer FOREIGN KEY (erp_customer_id) REFERENCES erp_customer (id),
    CONSTRAINT ck_sales_order_status CHECK (status IN ('RECEIVED', 'CONFIRMED', 'CREDIT_HOLD', 'SHIPPED', 'INVOICED', 'PAID')),
    CONSTRAINT ck_sales_order_amounts CHECK (total >= 0 AND amount_paid >= 0 AND amount_paid <= total),
    -- The credit check sums a customer's open orders by status.
    INDEX ix_sales_order_customer_status (erp_customer_id, status, id),
    -- Work queues (credit holds for approval, confirmed orders to ship) page by id.
    INDEX ix_sales_order_status (status, id),
    -- An account's orders (the CRM's 360° view, the scope's EXISTS probe).
    INDEX ix_sales_order_account (crm_account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sales_order_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    sales_order_id  BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    sku             VARCHAR(32)   NOT NULL,
    quantity        INT           NOT NULL,
    unit_price      DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sales_order_line UNIQUE (sales_order_id, line_no),
    CONSTRAINT fk_sales_order_line_order FOREIGN KEY (sales_order_id) REFERENCES sales_order (id),
    CONSTRAINT fk_sales_order_line_product FOREIGN KEY (sku) REFERENCES product (sku),
    CONSTRAINT ck_sales_order_line CHECK (quantity > 0 AND unit_price >= 0),
    INDEX ix_sales_order_line_sku (sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stock promised to an order line. A line may be reserved in several steps (part now, the
-- rest when stock arrives); the rows of a line add up to what it holds.
CREATE TABLE stock_reservation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    sales_order_line_id  BIGINT       NOT NULL,
    quantity             INT          NOT NULL,
    reserved_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reservation_line FOREIGN KEY (sales_order_line_id) REFERENCES sales_order_line (id),
    CONSTRAINT ck_reservation_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Orders ship complete, once.
CREATE TABLE shipment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    sales_order_id  BIGINT       NOT NULL,
    shipped_at      TIMESTAMP(6) NOT NULL,
    shipped_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_shipment_order UNIQUE (sales_order_id),
    CONSTRAINT fk_shipment_order FOREIGN KEY (sales_order_id) REFERENCES sales_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    sales_order_id  BIGINT        NOT NULL,
    amount          DECIMAL(12,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    issued_at       TIMESTAMP(6)  NOT NULL,
    issued_by       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_invoice_order UNIQUE (sales_order_id),
    CONSTRAINT fk_invoice_order FOREIGN KEY (sales_order_id) REFERENCES sales_order (id),
    CONSTRAINT ck_invoice_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id   BIGINT        NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    received_at  TIMESTAMP(6)  NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    INDEX ix_payment_invoice (invoice_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Raised when an order line cannot be reserved in full, to the product's supplier.
-- sales_order_id names the order whose shortage caused it.
CREATE TABLE purchase_order (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    supplier_organisation_id  BIGINT       NOT NULL,
    sales_order_id            BIGINT       NULL,
    status                    VARCHAR(16)  NOT NULL,
    created_at                TIMESTAMP(6) NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_purchase_order_supplier FOREIGN KEY (supplier_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_purchase_order_sales_order FOREIGN KEY (sales_order_id) REFERENCES sales_order (id),
    CONSTRAINT ck_purchase_order_status CHECK (status IN ('OPEN', 'RECEIVED', 'CANCELLED')),
    -- A supplier's view (sam at Acme) lists its purchase orders by status.
    INDEX ix_purchase_order_supplier (supplier_organisation_id, status, id),
    INDEX ix_purchase_order_sales_order (sales_order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order_line (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    purchase_order_id  BIGINT      NOT NULL,
    sku                VARCHAR(32) NOT NULL,
    quantity           INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_purchase_order_line_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_purchase_order_line_product FOREIGN KEY (sku) REFERENCES product (sku),
    CONSTRAINT ck_purchase_order_line CHECK (quantity > 0),
    INDEX ix_purchase_order_line_sku (sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
