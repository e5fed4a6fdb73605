-- Generates the CRM history of seeded accounts and orders, for the account 360° benchmark
-- (./portal seed --crm, after --accounts and --orders): for every seeded ERP order its CRM
-- quote (with the order's quote id, so quote → order → timeline link up as in real life) and
-- one line, the ERP events its status implies on the order timeline, and for every seeded
-- account two contacts, three interactions, a ticket on every second one and its balance.
-- Re-runnable: only orders without a quote and accounts without contacts are filled in.
-- Set-based and chunked by 100 000 orders, like orders.sql. @crm is not used (all is filled).
SET @first_order = (SELECT COALESCE(MIN(o.id), 0) FROM sales_order o WHERE o.quote_id >= 2000000000
                    AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.id = o.quote_id));
SET @last_order = (SELECT COALESCE(MAX(id), 0) FROM sales_order);

DELIMITER //
BEGIN NOT ATOMIC
  DECLARE low BIGINT DEFAULT @first_order;
  WHILE low > 0 AND low <= @last_order DO
    INSERT INTO quote (id, account_id, owner_username, status, currency, total, created_at, signed_at, signed_by)
    SELECT o.quote_id, o.crm_account_id, 'seed', 'SIGNED', o.currency, o.total, o.signed_at - INTERVAL 1 DAY, o.signed_at, 'seed'
    FROM sales_order o
    WHERE o.id >= low AND o.id < low + 100000 AND o.quote_id >= 2000000000
      AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.id = o.quote_id);
    INSERT INTO quote_line (quote_id, line_no, sku, quantity, unit_price)
    SELECT o.quote_id, l.line_no, l.sku, l.quantity, l.unit_price
    FROM sales_order o JOIN sales_order_line l ON l.sales_order_id = o.id
    WHERE o.id >= low AND o.id < low + 100000 AND o.quote_id >= 2000000000
      AND NOT EXISTS (SELECT 1 FROM quote_line x WHERE x.quote_id = o.quote_id);
    -- The events each status implies, in the ERP's order, an hour apart.
    INSERT IGNORE INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, amount, balance, detail, occurred_at)
    SELECT CONCAT('seed-', o.id, '-', s.seq), o.quote_id, o.id, o.crm_account_id,
           CASE WHEN o.status = 'CREDIT_HOLD' THEN 'ORDER_ON_CREDIT_HOLD'
                ELSE ELT(s.seq, 'ORDER_CONFIRMED', 'SHIPPED', 'INVOICED', 'PAYMENT_RECEIVED') END,
           IF(s.seq >= 3, o.total, NULL), IF(s.seq = 3, o.total, IF(s.seq = 4, 0, NULL)), NULL,
           o.signed_at + INTERVAL s.seq HOUR
    FROM sales_order o
    JOIN seq_1_to_4 s ON s.seq <= CASE o.status WHEN 'CREDIT_HOLD' THEN 1 WHEN 'CONFIRMED' THEN 1 WHEN 'SHIPPED' THEN 2
                                               WHEN 'INVOICED' THEN 3 WHEN 'PAID' THEN 4 ELSE 0 END
    WHERE o.id >= low AND o.id < low + 100000 AND o.quote_id >= 2000000000;
    SET low = low + 100000;
  END WHILE;
END//
DELIMITER ;

DROP TEMPORARY TABLE IF EXISTS seed_account;
CREATE TEMPORARY TABLE seed_account (id BIGINT NOT NULL PRIMARY KEY, owner VARCHAR(100) NOT NULL, n BIGINT NOT NULL);
INSERT INTO seed_account
SELECT a.id, a.owner_username, a.id FROM customer_account a
WHERE a.name LIKE '% #%' AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id);

INSERT INTO contact (account_id, name, role, email, phone)
SELECT a.id, CONCAT(ELT(1 + (a.n + s.seq) % 8, 'Maya', 'Tom', 'Grace', 'Luis', 'Priya', 'Ben', 'Anna', 'Omar'), ' ',
                    ELT(1 + (a.n * 7 + s.seq) % 8, 'Chen', 'Reilly', 'Okafor', 'Ortega', 'Nair', 'Foster', 'Kowalski', 'Haddad')),
       ELT(s.seq, 'Purchasing lead', 'Accounts payable'), CONCAT('contact', s.seq, '.', a.id, '@example.com'), NULL
FROM seed_account a JOIN seq_1_to_2 s;

INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary)
SELECT a.id, ELT(s.seq, 'CALL', 'MAIL', 'VISIT'), CURRENT_TIMESTAMP(6) - INTERVAL ((a.n + s.seq * 37) % 700) DAY, a.owner,
       ELT(s.seq, 'Called about the next order.', 'Sent the price list.', 'Visited the site.')
FROM seed_account a JOIN seq_1_to_3 s;

INSERT INTO service_ticket (account_id, subject, priority, status, opened_by, created_at, sla_due_at, resolved_at)
SELECT a.id, 'Delivery question', ELT(1 + a.n % 4, 'LOW', 'NORMAL', 'HIGH', 'URGENT'),
       IF(a.n % 4 = 0, 'OPEN', 'RESOLVED'), 'seed', CURRENT_TIMESTAMP(6) - INTERVAL (a.n % 300) DAY,
       CURRENT_TIMESTAMP(6) - INTERVAL (a.n % 300) DAY + INTERVAL 72 HOUR,
       IF(a.n % 4 = 0, NULL, CURRENT_TIMESTAMP(6) - INTERVAL (a.n % 300) DAY + INTERVAL 1 HOUR)
FROM seed_account a WHERE a.n % 2 = 0;

INSERT IGNORE INTO account_balance (crm_account_id, balance, as_of)
SELECT a.id, (a.n % 50) * 100, CURRENT_TIMESTAMP(6) FROM seed_account a;

DROP TEMPORARY TABLE seed_account;
SELECT COUNT(*) AS quotes_now FROM quote;
