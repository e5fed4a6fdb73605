-- CRM demo data for the accounts of R__demo_data.sql (runs after it: repeatables run by name).
-- Re-runnable: every insert skips rows that are already there, keyed by account name and a
-- natural key (contact name, interaction time, quote creation time, ticket subject).
-- Quote lines name the ERP's products by SKU (PRD-0001…); the ERP's demo catalogue must carry
-- the same SKUs for a signed demo quote to become an order.

INSERT INTO contact (account_id, name, role, email, phone)
SELECT a.id, d.name, d.role, d.email, d.phone
FROM (
    SELECT 'Blue Harbor Foods' AS account, 'Maya Chen' AS name, 'Purchasing lead' AS role, 'maya.chen@blueharbor.example' AS email, '+1 617 555 0101' AS phone
    UNION ALL SELECT 'Blue Harbor Foods', 'Tom Reilly', 'Accounts payable', 'ap@blueharbor.example', '+1 617 555 0102'
    UNION ALL SELECT 'Cedar & Stone Builders', 'Grace Okafor', 'Site manager', 'grace@cedarstone.example', '+1 860 555 0140'
    UNION ALL SELECT 'Delmar Medical Supply', 'Luis Ortega', 'Operations director', 'luis.ortega@delmar.example', NULL
    UNION ALL SELECT 'Eastgate Office Furniture', 'Priya Nair', 'Owner', 'priya@eastgate.example', '+1 518 555 0177'
    UNION ALL SELECT 'Ironwood Hardware', 'Ben Foster', 'Buyer', 'ben.foster@ironwood.example', '+1 303 555 0190'
    UNION ALL SELECT 'Keystone Bakeries', 'Anna Kowalski', 'Head of supply', 'anna@keystone.example', '+1 612 555 0123'
) d
JOIN customer_account a ON a.name = d.account
WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a.id AND c.name = d.name);

INSERT INTO interaction (account_id, kind, occurred_at, by_username, summary)
SELECT a.id, d.kind, d.at, d.by_user, d.summary
FROM (
    SELECT 'Blue Harbor Foods' AS account, 'VISIT' AS kind, TIMESTAMP '2025-01-08 14:00:00' AS at, 'alice' AS by_user,
           'Site visit: cold-chain pallets for the new warehouse, quote to follow.' AS summary
    UNION ALL SELECT 'Blue Harbor Foods', 'CALL', TIMESTAMP '2025-01-14 09:30:00', 'alice', 'Agreed quantities with Maya; signs this week.'
    UNION ALL SELECT 'Blue Harbor Foods', 'MAIL', TIMESTAMP '2025-01-20 16:10:00', 'bob', 'Answered a question about delivery windows.'
    UNION ALL SELECT 'Cedar & Stone Builders', 'CALL', TIMESTAMP '2025-02-03 11:00:00', 'alice', 'Interested in tool racks for three sites.'
    UNION ALL SELECT 'Eastgate Office Furniture', 'MAIL', TIMESTAMP '2025-02-05 08:45:00', 'alice', 'Sent the catalogue; prospect evaluating.'
    UNION ALL SELECT 'Keystone Bakeries', 'VISIT', TIMESTAMP '2025-02-10 10:00:00', 'frank', 'Annual review with Anna, renewal expected.'
) d
JOIN customer_account a ON a.name = d.account
WHERE NOT EXISTS (SELECT 1 FROM interaction i WHERE i.account_id = a.id AND i.occurred_at = d.at);

INSERT INTO quote (account_id, owner_username, status, currency, total, created_at, signed_at, signed_by)
SELECT a.id, a.owner_username, d.status, 'USD', d.total, d.created_at, d.signed_at, d.signed_by
FROM (
    SELECT 'Blue Harbor Foods' AS account, 'SIGNED' AS status, 4150.00 AS total, TIMESTAMP '2025-01-15 10:00:00' AS created_at,
           TIMESTAMP '2025-01-16 15:20:00' AS signed_at, 'alice' AS signed_by
    UNION ALL SELECT 'Cedar & Stone Builders', 'DRAFT', 1800.00, TIMESTAMP '2025-02-04 09:00:00', NULL, NULL
    UNION ALL SELECT 'Eastgate Office Furniture', 'DRAFT', 960.00, TIMESTAMP '2025-02-06 13:00:00', NULL, NULL
    UNION ALL SELECT 'Keystone Bakeries', 'DRAFT', 2500.00, TIMESTAMP '2025-02-11 11:00:00', NULL, NULL
    UNION ALL SELECT 'Ironwood Hardware', 'DRAFT', 640.00, TIMESTAMP '2025-02-12 15:00:00', NULL, NULL
) d
JOIN customer_account a ON a.name = d.account
WHERE NOT EXISTS (SELECT 1 FROM quote q WHERE q.account_id = a.id AND q.created_at = d.created_at);

INSERT INTO quote_line (quote_id, line_no, sku, description, quantity, unit_price)
SELECT q.id, d.line_no, d.sku, d.description, d.quantity, d.unit_price
FROM (
    SELECT 'Blue Harbor Foods' AS account, TIMESTAMP '2025-01-15 10:00:00' AS created_at, 1 AS line_no, 'PRD-0001' AS sku,
           'Insulated pallet cover' AS description, 50 AS quantity, 45.00 AS unit_price
    UNION ALL SELECT 'Blue Harbor Foods', TIMESTAMP '2025-01-15 10:00:00', 2, 'PRD-0002', 'Temperature logger', 20, 95.00
    UNION ALL SELECT 'Cedar & Stone Builders', TIMESTAMP '2025-02-04 09:00:00', 1, 'PRD-0003', 'Heavy-duty tool rack', 12, 150.00
    UNION ALL SELECT 'Eastgate Office Furniture', TIMESTAMP '2025-02-06 13:00:00', 1, 'PRD-0004', 'Ergonomic desk chair', 4, 240.00
    UNION ALL SELECT 'Keystone Bakeries', TIMESTAMP '2025-02-11 11:00:00', 1, 'PRD-0005', 'Proofing rack', 10, 250.00
    UNION ALL SELECT 'Ironwood Hardware', TIMESTAMP '2025-02-12 15:00:00', 1, 'PRD-0003', 'Heavy-duty tool rack', 4, 160.00
) d
JOIN customer_account a ON a.name = d.account
JOIN quote q ON q.account_id = a.id AND q.created_at = d.created_at
WHERE NOT EXISTS (SELECT 1 FROM quote_line l WHERE l.quote_id = q.id AND l.line_no = d.line_no);

-- What the ERP reported for the signed quote: confirmed, shipped, invoiced, partly paid.
INSERT INTO order_timeline (message_id, quote_id, erp_order_id, crm_account_id, event_type, amount, balance, detail, occurred_at)
SELECT d.message_id, q.id, 1001, a.id, d.event_type, d.amount, d.balance, d.detail, d.occurred_at
FROM (
    SELECT 'demo-blue-harbor-1' AS message_id, 'ORDER_CONFIRMED' AS event_type, 4150.00 AS amount, NULL AS balance,
           NULL AS detail, TIMESTAMP '2025-01-16 15:21:00' AS occurred_at
    UNION ALL SELECT 'demo-blue-harbor-2', 'SHIPPED', NULL, NULL, 'Carrier NEF, 2 pallets', TIMESTAMP '2025-01-18 08:00:00'
    UNION ALL SELECT 'demo-blue-harbor-3', 'INVOICED', 4150.00, 4150.00, 'Invoice 2025-0042', TIMESTAMP '2025-01-18 09:00:00'
    UNION ALL SELECT 'demo-blue-harbor-4', 'PAYMENT_RECEIVED', 2000.00, 2150.00, NULL, TIMESTAMP '2025-02-01 12:00:00'
) d
JOIN customer_account a ON a.name = 'Blue Harbor Foods'
JOIN quote q ON q.account_id = a.id AND q.created_at = TIMESTAMP '2025-01-15 10:00:00'
WHERE NOT EXISTS (SELECT 1 FROM order_timeline t WHERE t.message_id = d.message_id);

INSERT IGNORE INTO account_balance (crm_account_id, balance, as_of)
SELECT a.id, 2150.00, TIMESTAMP '2025-02-01 12:00:00' FROM customer_account a WHERE a.name = 'Blue Harbor Foods';

-- Tickets relative to now, so that the queue shows some overdue and some still running.
INSERT INTO service_ticket (account_id, subject, priority, status, assignee, opened_by, created_at, sla_due_at, resolved_at)
SELECT a.id, d.subject, d.priority, d.status, d.assignee, d.opened_by, d.created_at,
       d.created_at + INTERVAL d.sla_hours HOUR, d.resolved_at
FROM (
    SELECT 'Blue Harbor Foods' AS account, 'Temperature logger shows no readings' AS subject, 'URGENT' AS priority,
           'IN_PROGRESS' AS status, 'bob' AS assignee, 'bob' AS opened_by, NOW(6) - INTERVAL 6 HOUR AS created_at,
           4 AS sla_hours, NULL AS resolved_at
    UNION ALL SELECT 'Blue Harbor Foods', 'Second pallet cover delivered torn', 'HIGH', 'OPEN', NULL, 'alice',
           NOW(6) - INTERVAL 2 HOUR, 8, NULL
    UNION ALL SELECT 'Cedar & Stone Builders', 'Question about rack assembly', 'NORMAL', 'OPEN', NULL, 'bob',
           NOW(6) - INTERVAL 3 HOUR, 24, NULL
    UNION ALL SELECT 'Keystone Bakeries', 'Update billing address', 'LOW', 'RESOLVED', 'bob', 'bob',
           NOW(6) - INTERVAL 5 DAY, 72, NOW(6) - INTERVAL 4 DAY
    UNION ALL SELECT 'Ironwood Hardware', 'Catalogue request', 'LOW', 'OPEN', NULL, 'frank',
           NOW(6) - INTERVAL 1 HOUR, 72, NULL
) d
JOIN customer_account a ON a.name = d.account
WHERE NOT EXISTS (SELECT 1 FROM service_ticket t WHERE t.account_id = a.id AND t.subject = d.subject);

INSERT INTO ticket_comment (ticket_id, author, body)
SELECT t.id, 'bob', 'Asked the customer for the logger serial number; replacement on standby.'
FROM service_ticket t JOIN customer_account a ON a.id = t.account_id
WHERE a.name = 'Blue Harbor Foods' AND t.subject = 'Temperature logger shows no readings'
  AND NOT EXISTS (SELECT 1 FROM ticket_comment c WHERE c.ticket_id = t.id);
