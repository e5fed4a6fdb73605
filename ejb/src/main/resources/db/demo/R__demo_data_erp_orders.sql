-- The ERP side of the CRM's demo order (R__demo_data_crm.sql: Blue Harbor Foods' signed quote,
-- reported as ERP order 1001: confirmed, shipped, invoiced 4150.00, 2000.00 paid), so that the demo
-- is consistent and the reconciliation job finds nothing in it. Runs after R__demo_data_erp.sql
-- (repeatables run by name). Re-runnable: every insert skips what is there; if id 1001 is already
-- another order's (a database that took orders before this file existed), nothing is added and
-- the reconciliation report shows the gap, as it should.
INSERT IGNORE INTO erp_customer (crm_account_id, credit_limit, balance, created_at)
SELECT a.id, 25000.00, 2150.00, TIMESTAMP '2025-01-16 15:21:00'
FROM customer_account a
JOIN quote q ON q.account_id = a.id AND q.created_at = TIMESTAMP '2025-01-15 10:00:00' AND q.status = 'SIGNED'
WHERE a.name = 'Blue Harbor Foods';

INSERT IGNORE INTO sales_order (id, quote_id, erp_customer_id, crm_account_id, status, total, amount_paid, currency,
                                signed_by, signed_at, received_at, confirmed_at)
SELECT 1001, q.id, c.id, a.id, 'INVOICED', 4150.00, 2000.00, 'USD', q.signed_by, q.signed_at,
       TIMESTAMP '2025-01-16 15:21:00', TIMESTAMP '2025-01-16 15:21:00'
FROM customer_account a
JOIN quote q ON q.account_id = a.id AND q.created_at = TIMESTAMP '2025-01-15 10:00:00' AND q.status = 'SIGNED'
JOIN erp_customer c ON c.crm_account_id = a.id
WHERE a.name = 'Blue Harbor Foods'
  AND NOT EXISTS (SELECT 1 FROM sales_order o WHERE o.quote_id = q.id);

-- Lines, shipment, invoice and payment go only to order 1001 if it is Blue Harbor's demo order (d).
INSERT IGNORE INTO sales_order_line (sales_order_id, line_no, sku, quantity, unit_price)
SELECT d.id, l.line_no, l.sku, l.quantity, l.unit_price
FROM (SELECT o.id FROM sales_order o JOIN quote q ON q.id = o.quote_id JOIN customer_account a ON a.id = q.account_id
      WHERE o.id = 1001 AND a.name = 'Blue Harbor Foods' AND q.created_at = TIMESTAMP '2025-01-15 10:00:00') d
JOIN (SELECT 1 AS line_no, 'PRD-0001' AS sku, 50 AS quantity, 45.00 AS unit_price
      UNION ALL SELECT 2, 'PRD-0002', 20, 95.00) l;

INSERT IGNORE INTO shipment (sales_order_id, shipped_at, shipped_by, carrier, tracking_number)
SELECT d.id, TIMESTAMP '2025-01-18 08:00:00', 'erin', 'DHL', '00340434161234567890' FROM (SELECT o.id FROM sales_order o JOIN quote q ON q.id = o.quote_id JOIN customer_account a ON a.id = q.account_id
      WHERE o.id = 1001 AND a.name = 'Blue Harbor Foods' AND q.created_at = TIMESTAMP '2025-01-15 10:00:00') d;

INSERT IGNORE INTO invoice (sales_order_id, amount, currency, issued_at, issued_by, due_at)
SELECT d.id, 4150.00, 'USD', TIMESTAMP '2025-01-18 09:00:00', 'dave', TIMESTAMP '2025-02-17 09:00:00' FROM (SELECT o.id FROM sales_order o JOIN quote q ON q.id = o.quote_id JOIN customer_account a ON a.id = q.account_id
      WHERE o.id = 1001 AND a.name = 'Blue Harbor Foods' AND q.created_at = TIMESTAMP '2025-01-15 10:00:00') d;

INSERT INTO payment (invoice_id, amount, received_at, recorded_by)
SELECT i.id, 2000.00, TIMESTAMP '2025-02-01 12:00:00', 'dave'
FROM (SELECT o.id FROM sales_order o JOIN quote q ON q.id = o.quote_id JOIN customer_account a ON a.id = q.account_id
      WHERE o.id = 1001 AND a.name = 'Blue Harbor Foods' AND q.created_at = TIMESTAMP '2025-01-15 10:00:00') d JOIN invoice i ON i.sales_order_id = d.id
WHERE NOT EXISTS (SELECT 1 FROM payment p WHERE p.invoice_id = i.id);
