-- Demo data for the personas of the demo realm (loaded when PORTICO_DEMO_DATA is true, the default).
-- INSERT IGNORE keeps it re-runnable: Flyway re-applies a repeatable migration when it changes.
INSERT IGNORE INTO organisation (alias, name, kind) VALUES
    ('northwind', 'Northwind Distribution', 'DISTRIBUTOR'),
    ('southwind', 'Southwind Trading', 'DISTRIBUTOR'),
    ('acme', 'Acme Components', 'SUPPLIER');

INSERT INTO customer_account (name, territory, owner_username, partner_organisation_id, city, country, status)
SELECT d.name, d.territory, d.owner, (SELECT o.id FROM organisation o WHERE o.alias = d.partner), d.city, d.country, d.status
FROM (
    SELECT 'Blue Harbor Foods' AS name, 'EAST' AS territory, 'alice' AS owner, 'northwind' AS partner, 'Boston' AS city, 'US' AS country, 'ACTIVE' AS status
    UNION ALL SELECT 'Cedar & Stone Builders', 'EAST', 'alice', NULL, 'Hartford', 'US', 'ACTIVE'
    UNION ALL SELECT 'Delmar Medical Supply', 'EAST', 'alice', 'northwind', 'Providence', 'US', 'ACTIVE'
    UNION ALL SELECT 'Eastgate Office Furniture', 'EAST', 'alice', NULL, 'Albany', 'US', 'PROSPECT'
    UNION ALL SELECT 'Fairview Schools District', 'EAST', 'alice', NULL, 'Portland', 'US', 'ACTIVE'
    UNION ALL SELECT 'Granite Peak Outfitters', 'EAST', 'alice', 'northwind', 'Burlington', 'US', 'ACTIVE'
    UNION ALL SELECT 'Harborline Logistics', 'EAST', 'frank', NULL, 'New York', 'US', 'ACTIVE'
    UNION ALL SELECT 'Ironwood Hardware', 'WEST', 'frank', 'southwind', 'Denver', 'US', 'ACTIVE'
    UNION ALL SELECT 'Juniper Garden Centers', 'WEST', 'frank', 'southwind', 'Boise', 'US', 'PROSPECT'
    UNION ALL SELECT 'Keystone Bakeries', 'NORTH', 'frank', 'northwind', 'Minneapolis', 'US', 'ACTIVE'
    UNION ALL SELECT 'Lakeshore Hotels', 'NORTH', 'frank', NULL, 'Chicago', 'US', 'ACTIVE'
    UNION ALL SELECT 'Mesa Solar Installers', 'SOUTH', 'frank', 'southwind', 'Phoenix', 'US', 'ACTIVE'
    UNION ALL SELECT 'Northstar Veterinary', 'NORTH', 'frank', 'northwind', 'Fargo', 'US', 'INACTIVE'
    UNION ALL SELECT 'Oakridge Pharmacy Group', 'SOUTH', 'frank', 'southwind', 'Austin', 'US', 'ACTIVE'
    UNION ALL SELECT 'Pinecrest Dental', 'WEST', 'frank', NULL, 'Portland', 'US', 'PROSPECT'
    UNION ALL SELECT 'Quarry Lane Cafes', 'SOUTH', 'frank', 'southwind', 'Dallas', 'US', 'ACTIVE'
) d
WHERE NOT EXISTS (SELECT 1 FROM customer_account a WHERE a.name = d.name);

-- Staff of the demo realm: alice sells in the East and reports to frank, the sales manager.
INSERT IGNORE INTO staff_member (username, manager_username, territory) VALUES
    ('frank', NULL, NULL),
    ('alice', 'frank', 'EAST'),
    ('bob', 'frank', NULL),
    ('carol', NULL, NULL),
    ('dave', NULL, NULL),
    ('erin', NULL, NULL),
    ('ada', NULL, NULL),
    ('zara', NULL, NULL),
    ('audrey', NULL, NULL);
