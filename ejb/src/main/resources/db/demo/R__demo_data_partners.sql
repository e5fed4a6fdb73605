-- Demo partner terms (after R__demo_data_erp.sql: the products exist). Northwind buys at 8 %
-- off the list price with an agreed price for the temperature logger; Southwind at 5 %.
-- nick (Northwind buyer) may order up to 1 000 EUR without an approver. Re-runnable.
INSERT IGNORE INTO partner_terms (organisation_id, discount_percent, credit_line, currency, payment_days)
SELECT o.id, d.discount, d.credit_line, 'EUR', d.days
FROM (
    SELECT 'northwind' AS alias, 8.00 AS discount, 50000.00 AS credit_line, 30 AS days
    UNION ALL SELECT 'southwind', 5.00, 20000.00, 45
) d
JOIN organisation o ON o.alias = d.alias;

INSERT IGNORE INTO partner_price (organisation_id, sku, unit_price)
SELECT o.id, 'PRD-0002', 82.00 FROM organisation o JOIN product p ON p.sku = 'PRD-0002' WHERE o.alias = 'northwind';

INSERT IGNORE INTO purchase_limit (organisation_id, username, amount, currency, set_by)
SELECT o.id, 'nick', 1000.00, 'EUR', 'dina' FROM organisation o WHERE o.alias = 'northwind';

-- The Blue Harbor ticket has bob's internal note (R__demo_data_crm.sql) and a public reply.
INSERT INTO ticket_comment (ticket_id, author, body, visibility)
SELECT t.id, 'bob', 'A replacement logger is ready to ship; please send us its serial number.', 'PUBLIC'
FROM service_ticket t JOIN customer_account a ON a.id = t.account_id
WHERE a.name = 'Blue Harbor Foods' AND t.subject = 'Temperature logger shows no readings'
  AND NOT EXISTS (SELECT 1 FROM ticket_comment c WHERE c.ticket_id = t.id AND c.visibility = 'PUBLIC');

-- The demo timeline (R__demo_data_erp_orders.sql) is written by SQL, not by the consumer: the
-- quotes' latest ERP event follows from it, as V16 does for rows already there.
UPDATE quote q
JOIN order_timeline t ON t.quote_id = q.id
 AND t.id = (SELECT t2.id FROM order_timeline t2 WHERE t2.quote_id = q.id ORDER BY t2.occurred_at DESC, t2.id DESC LIMIT 1)
SET q.fulfilment = t.event_type, q.fulfilment_at = t.occurred_at
WHERE q.fulfilment IS NULL;

-- The demo's ERP customers (R__demo_data_erp_orders.sql) are written by SQL after V14 ran on a
-- fresh database: give them the scope copy the CRM would have sent, so that Northwind sees
-- Blue Harbor's demo order and its (overdue, USD) invoice in the partner portal.
UPDATE erp_customer c
    JOIN customer_account a ON a.id = c.crm_account_id
    LEFT JOIN organisation p ON p.id = a.partner_organisation_id
SET c.territory = a.territory, c.owner_username = a.owner_username, c.partner_alias = p.alias,
    c.scope_as_of = CURRENT_TIMESTAMP(6)
WHERE c.scope_as_of IS NULL;
