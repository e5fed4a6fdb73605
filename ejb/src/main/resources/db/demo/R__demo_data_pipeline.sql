-- Pipeline demo data for the accounts of R__demo_data.sql: account tiers, leads (one a pending
-- deal registration by Northwind), opportunities of alice and frank across the stages closing
-- around today (so this quarter's forecast has figures), their opening in the stage history, and
-- this quarter's targets. Re-runnable: every insert skips rows already there (natural keys:
-- lead company, opportunity name, target username and quarter).

UPDATE customer_account SET tier = 'A' WHERE name IN ('Blue Harbor Foods', 'Keystone Bakeries', 'Harborline Logistics');
UPDATE customer_account SET tier = 'C' WHERE name IN ('Lakeshore Hotels', 'Quarry Lane Cafes');
-- The demo's accounts have been customers for a while: the contact cadence has something to chase.
UPDATE customer_account SET created_at = TIMESTAMP '2024-09-02 09:00:00'
WHERE created_at > TIMESTAMP '2024-09-02 09:00:00'
  AND name IN ('Blue Harbor Foods', 'Cedar & Stone Builders', 'Delmar Medical Supply', 'Eastgate Office Furniture',
               'Fairview Schools District', 'Granite Peak Outfitters', 'Harborline Logistics', 'Ironwood Hardware',
               'Juniper Garden Centers', 'Keystone Bakeries', 'Lakeshore Hotels', 'Mesa Solar Installers',
               'Northstar Veterinary', 'Oakridge Pharmacy Group', 'Pinecrest Dental', 'Quarry Lane Cafes');

INSERT INTO crm_lead (company, contact_name, contact_email, city, country, territory, source, owner_username, status,
                      estimated_amount, currency, notes, created_by)
SELECT d.company, d.contact, d.email, d.city, 'US', d.territory, d.source, d.owner, d.status, d.estimate, 'USD', d.notes, 'frank'
FROM (
    SELECT 'Copperline Breweries' AS company, 'Hannah Berg' AS contact, 'hannah@copperline.example' AS email, 'Worcester' AS city,
           'EAST' AS territory, 'EVENT' AS source, 'alice' AS owner, 'NEW' AS status, 8000.00 AS estimate,
           'Met at the cold-chain fair; wants loggers for two sites.' AS notes
    UNION ALL SELECT 'Seaview Clinics', 'Omar Haddad', 'omar@seaview.example', 'Newport', 'EAST', 'WEB', 'alice', 'CONTACTED', 15000.00,
           'Asked for a demo of the temperature loggers.'
    UNION ALL SELECT 'Redwood Campgrounds', 'Lena Fischer', NULL, 'Eugene', 'WEST', 'REFERRAL', NULL, 'NEW', 3000.00,
           'Referred by Ironwood Hardware; nobody has called yet.'
) d
WHERE NOT EXISTS (SELECT 1 FROM crm_lead l WHERE l.company = d.company);

INSERT INTO crm_lead (company, contact_name, contact_email, city, country, territory, source, partner_organisation_id,
                      registration, status, estimated_amount, currency, notes, created_by)
SELECT 'Bayside Aquarium', 'Ruth Alvarez', 'ruth@bayside.example', 'Salem', 'US', 'EAST', 'PARTNER', o.id, 'PENDING', 'NEW',
       12000.00, 'EUR', 'Our customer for years; wants cold-chain covers for the new wing.', 'dina'
FROM organisation o
WHERE o.alias = 'northwind' AND NOT EXISTS (SELECT 1 FROM crm_lead l WHERE l.company = 'Bayside Aquarium');

INSERT INTO opportunity (account_id, name, owner_username, stage, amount, currency, close_date, next_step, next_step_date, created_at)
SELECT a.id, d.name, d.owner, d.stage, d.amount, 'USD', CURRENT_DATE + INTERVAL d.close_in DAY, d.next_step,
       IF(d.next_step IS NULL, NULL, CURRENT_DATE + INTERVAL 3 DAY), CURRENT_TIMESTAMP(6) - INTERVAL 20 DAY
FROM (
    SELECT 'Cedar & Stone Builders' AS account, 'Tool racks for three sites' AS name, 'alice' AS owner, 'PROPOSAL' AS stage,
           5400.00 AS amount, 12 AS close_in, 'Send the revised quote' AS next_step
    UNION ALL SELECT 'Eastgate Office Furniture', 'First order: pallet covers', 'alice', 'QUALIFICATION', 2200.00, 30, 'Call Priya'
    UNION ALL SELECT 'Fairview Schools District', 'Loggers for the school kitchens', 'alice', 'NEGOTIATION', 9600.00, 5, 'Agree delivery dates'
    UNION ALL SELECT 'Granite Peak Outfitters', 'Winter stock covers', 'alice', 'PROSPECTING', 1500.00, 45, NULL
    UNION ALL SELECT 'Harborline Logistics', 'Fleet temperature monitoring', 'frank', 'NEGOTIATION', 24000.00, 20, 'Meet their CFO'
    UNION ALL SELECT 'Lakeshore Hotels', 'Kitchen refit for five hotels', 'frank', 'PROPOSAL', 13500.00, 60, NULL
) d
JOIN customer_account a ON a.name = d.account
WHERE NOT EXISTS (SELECT 1 FROM opportunity o WHERE o.name = d.name);

INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT o.id, NULL, o.stage, o.owner_username, o.created_at, 'demo data'
FROM opportunity o
WHERE o.name IN ('Tool racks for three sites', 'First order: pallet covers', 'Loggers for the school kitchens', 'Winter stock covers',
                 'Fleet temperature monitoring', 'Kitchen refit for five hotels')
  AND NOT EXISTS (SELECT 1 FROM opportunity_stage_change c WHERE c.opportunity_id = o.id);

INSERT IGNORE INTO sales_target (username, quarter, amount, currency)
SELECT t.username, CONCAT(YEAR(CURRENT_DATE), '-Q', QUARTER(CURRENT_DATE)), t.amount, 'USD'
FROM (SELECT 'alice' AS username, 20000.00 AS amount UNION ALL SELECT 'frank', 40000.00) t;

-- Recurring customers: Blue Harbor re-orders about monthly, Keystone every two months.
UPDATE customer_account SET reorder_interval_days = 30 WHERE name = 'Blue Harbor Foods' AND reorder_interval_days IS NULL;
UPDATE customer_account SET reorder_interval_days = 60 WHERE name = 'Keystone Bakeries' AND reorder_interval_days IS NULL;
