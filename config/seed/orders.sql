-- Generates @orders ERP sales orders (one line each) over the existing accounts, for load and
-- benchmark runs (./portal seed --orders N). Every account gets its ERP customer first (the
-- CRM-ERP mapping); orders are spread evenly over customers and products, in every status,
-- and inserted in chunks of 100 000 so no transaction grows without bound.
-- Seeded orders carry quote ids from 2 000 000 000 up, far from the CRM's real quotes.
-- Each customer with the copy of its account's scope that the CRM publishes with its orders.
INSERT IGNORE INTO erp_customer (crm_account_id, credit_limit, balance, territory, owner_username, partner_alias, scope_as_of)
SELECT a.id, 25000, 0, a.territory, a.owner_username, p.alias, CURRENT_TIMESTAMP(6)
FROM customer_account a LEFT JOIN organisation p ON p.id = a.partner_organisation_id;

DROP TEMPORARY TABLE IF EXISTS seed_customer;
CREATE TEMPORARY TABLE seed_customer (n INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL, crm_account_id BIGINT NOT NULL);
INSERT INTO seed_customer SELECT ROW_NUMBER() OVER (ORDER BY id), id, crm_account_id FROM erp_customer;
DROP TEMPORARY TABLE IF EXISTS seed_product;
CREATE TEMPORARY TABLE seed_product (n INT NOT NULL PRIMARY KEY, sku VARCHAR(32) NOT NULL, price DECIMAL(12,2) NOT NULL);
INSERT INTO seed_product SELECT ROW_NUMBER() OVER (ORDER BY sku), sku, unit_price FROM product;
SET @customers = (SELECT COUNT(*) FROM seed_customer);
SET @products = (SELECT COUNT(*) FROM seed_product);
SET @base = GREATEST(2000000000, (SELECT COALESCE(MAX(quote_id), 0) FROM sales_order));

DELIMITER //
BEGIN NOT ATOMIC
  DECLARE done INT DEFAULT 0;
  DECLARE chunk INT;
  WHILE done < @orders DO
    SET chunk = LEAST(100000, @orders - done);
    INSERT INTO sales_order (quote_id, erp_customer_id, crm_account_id, status, total, amount_paid, currency, signed_by, signed_at,
                             received_at, confirmed_at)
    SELECT @base + done + s.seq, c.id, c.crm_account_id,
           ELT(1 + s.seq % 10, 'CONFIRMED', 'SHIPPED', 'INVOICED', 'PAID', 'PAID', 'PAID', 'SHIPPED', 'INVOICED', 'CREDIT_HOLD', 'CONFIRMED'),
           p.price * (1 + s.seq % 9),
           IF(s.seq % 10 IN (3, 4, 5), p.price * (1 + s.seq % 9), 0),
           'USD', 'seed', CURRENT_TIMESTAMP(6) - INTERVAL (s.seq % 700) DAY,
           CURRENT_TIMESTAMP(6) - INTERVAL (s.seq % 700) DAY,
           IF(s.seq % 10 = 8, NULL, CURRENT_TIMESTAMP(6) - INTERVAL (s.seq % 700) DAY)
    FROM seq_1_to_100000 s
    JOIN seed_customer c ON c.n = 1 + (done + s.seq) % @customers
    JOIN seed_product p ON p.n = 1 + (done + s.seq) % @products
    WHERE s.seq <= chunk;
    INSERT INTO sales_order_line (sales_order_id, line_no, sku, quantity, unit_price)
    SELECT o.id, 1, p.sku, 1 + (o.quote_id - @base - done) % 9, p.price
    FROM sales_order o
    JOIN seed_product p ON p.n = 1 + (o.quote_id - @base) % @products
    WHERE o.quote_id > @base + done AND o.quote_id <= @base + done + chunk;
    SET done = done + chunk;
  END WHILE;
END//
DELIMITER ;
SELECT COUNT(*) AS orders_now FROM sales_order;
