-- Every change of a product's stock, with who made it and why: counts and deliveries
-- (ADJUSTMENT), stock promised to an order (RESERVATION), goods leaving (SHIPMENT) and goods
-- arriving from a supplier (RECEIPT). Before this, adjustment reasons were only logged.
-- The *_after columns make the product page's history readable without summing it up.
CREATE TABLE stock_movement (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    sku                VARCHAR(32)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    on_hand_change     INT          NOT NULL,
    reserved_change    INT          NOT NULL,
    on_hand_after      INT          NOT NULL,
    reserved_after     INT          NOT NULL,
    actor              VARCHAR(100) NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    sales_order_id     BIGINT       NULL,
    purchase_order_id  BIGINT       NULL,
    occurred_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_stock_movement_product FOREIGN KEY (sku) REFERENCES product (sku),
    CONSTRAINT fk_stock_movement_sales_order FOREIGN KEY (sales_order_id) REFERENCES sales_order (id),
    CONSTRAINT fk_stock_movement_purchase_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('ADJUSTMENT', 'RESERVATION', 'SHIPMENT', 'RECEIPT')),
    -- A product page lists its movements newest first.
    INDEX ix_stock_movement_sku (sku, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Purchase orders are raised by the ERP on a shortage or by the warehouse by hand
-- (created_by), confirmed by the supplier, and received in one or several deliveries.
ALTER TABLE purchase_order
    ADD COLUMN created_by   VARCHAR(100) NOT NULL DEFAULT 'erp' AFTER created_at,
    ADD COLUMN confirmed_at TIMESTAMP(6) NULL AFTER created_by,
    ADD COLUMN confirmed_by VARCHAR(100) NULL AFTER confirmed_at,
    DROP CONSTRAINT ck_purchase_order_status,
    ADD CONSTRAINT ck_purchase_order_status
        CHECK (status IN ('OPEN', 'CONFIRMED', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED'));

ALTER TABLE purchase_order_line
    ADD COLUMN quantity_received INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_purchase_order_line_received CHECK (quantity_received >= 0 AND quantity_received <= quantity);
