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

-- HR: the company's departments and the staff of the demo realm. alice sells in the East and
-- reports to frank, the sales manager, as does bob; gwen and hugo left last year (turnover).
INSERT IGNORE INTO hr_department (code, name, parent_id, planned_headcount) VALUES ('HQ', 'Portico Demo Ltd', NULL, 0);
INSERT IGNORE INTO hr_department (code, name, parent_id, planned_headcount)
SELECT d.code, d.name, (SELECT h.id FROM hr_department h WHERE h.code = 'HQ'), d.plan
FROM (
    SELECT 'SALES' AS code, 'Sales' AS name, 4 AS plan
    UNION ALL SELECT 'SERVICE', 'Customer service', 2
    UNION ALL SELECT 'PEOPLE', 'People & HR', 1
    UNION ALL SELECT 'FINANCE', 'Finance', 1
    UNION ALL SELECT 'OPS', 'Operations', 2
    UNION ALL SELECT 'IT', 'IT & security', 2
    UNION ALL SELECT 'AUDIT', 'Internal audit', 1
) d;

INSERT IGNORE INTO hr_employee (username, first_name, last_name, work_email, work_phone, department_id, job_title,
                                manager_username, work_location, territory, start_date, end_date, employment_type, status)
SELECT e.username, e.first_name, e.last_name, CONCAT(e.username, '@portico.example'), e.phone,
       (SELECT d.id FROM hr_department d WHERE d.code = e.department), e.title, e.manager, e.location, e.territory,
       e.start_date, e.end_date, e.type, IF(e.end_date IS NULL, 'ACTIVE', 'LEFT')
FROM (
    SELECT 'frank' AS username, 'Frank' AS first_name, 'Fischer' AS last_name, '+1 617 555 0101' AS phone, 'SALES' AS department,
           'Sales manager' AS title, NULL AS manager, 'Boston' AS location, NULL AS territory,
           DATE '2021-03-01' AS start_date, NULL AS end_date, 'PERMANENT' AS type
    UNION ALL SELECT 'alice', 'Alice', 'Archer', '+1 617 555 0102', 'SALES', 'Account executive', 'frank', 'Boston', 'EAST',
           DATE '2022-05-16', NULL, 'PERMANENT'
    UNION ALL SELECT 'bob', 'Bob', 'Brennan', '+1 617 555 0103', 'SERVICE', 'Service agent', 'frank', 'Boston', NULL,
           DATE '2023-01-09', NULL, 'PERMANENT'
    UNION ALL SELECT 'carol', 'Carol', 'Castillo', '+1 617 555 0104', 'PEOPLE', 'HR manager', NULL, 'Boston', NULL,
           DATE '2020-09-01', NULL, 'PERMANENT'
    UNION ALL SELECT 'dave', 'Dave', 'Dunbar', '+1 617 555 0105', 'FINANCE', 'Accountant', NULL, 'Boston', NULL,
           DATE '2021-11-15', NULL, 'PERMANENT'
    UNION ALL SELECT 'erin', 'Erin', 'Eriksen', '+1 617 555 0106', 'OPS', 'Warehouse lead', NULL, 'Worcester', NULL,
           DATE '2022-02-01', NULL, 'PERMANENT'
    UNION ALL SELECT 'ada', 'Ada', 'Albright', '+1 617 555 0107', 'IT', 'Portal administrator', NULL, 'Boston', NULL,
           DATE '2020-06-01', NULL, 'PERMANENT'
    UNION ALL SELECT 'zara', 'Zara', 'Zimmermann', '+1 617 555 0108', 'IT', 'Portal administrator', NULL, 'Remote', NULL,
           DATE '2024-04-02', NULL, 'CONTRACTOR'
    UNION ALL SELECT 'audrey', 'Audrey', 'Aldana', '+1 617 555 0109', 'AUDIT', 'Internal auditor', NULL, 'Boston', NULL,
           DATE '2023-07-03', NULL, 'PART_TIME'
    UNION ALL SELECT 'gwen', 'Gwen', 'Garner', NULL, 'SALES', 'Account executive', 'frank', 'Boston', 'WEST',
           DATE '2022-01-10', DATE '2026-06-30', 'PERMANENT'
    UNION ALL SELECT 'hugo', 'Hugo', 'Hale', NULL, 'OPS', 'Warehouse operative', NULL, 'Worcester', NULL,
           DATE '2023-03-01', DATE '2026-09-15', 'FIXED_TERM'
) e;

INSERT INTO hr_assignment (username, department_id, valid_from, valid_to)
SELECT e.username, e.department_id, e.start_date, IF(e.end_date IS NULL, NULL, DATE_ADD(e.end_date, INTERVAL 1 DAY))
FROM hr_employee e
WHERE NOT EXISTS (SELECT 1 FROM hr_assignment a WHERE a.username = e.username);

-- Sensitive fields: only HR reads them, and each read is in the access log.
INSERT IGNORE INTO hr_employee_private (username, salary_band, date_of_birth, home_address, private_phone, performance_rating)
VALUES
    ('frank', 'M2', DATE '1984-02-11', '12 Elm St, Newton MA', '+1 617 555 2101', 'Exceeds'),
    ('alice', 'S3', DATE '1991-07-23', '4 Harbor Way, Boston MA', '+1 617 555 2102', 'Meets'),
    ('bob', 'S2', DATE '1988-12-01', '77 Pine Rd, Quincy MA', '+1 617 555 2103', 'Meets');

INSERT INTO hr_position (department_id, title, hiring_manager_username, status, opened_on)
SELECT (SELECT d.id FROM hr_department d WHERE d.code = p.department), p.title, p.manager, 'OPEN', p.opened
FROM (
    SELECT 'SALES' AS department, 'Account executive (West)' AS title, 'frank' AS manager, DATE '2026-07-01' AS opened
    UNION ALL SELECT 'OPS', 'Warehouse operative', 'erin', DATE '2026-09-20'
) p
WHERE NOT EXISTS (SELECT 1 FROM hr_position x WHERE x.title = p.title);

INSERT INTO hr_absence (username, department_id, absence_type, first_day, last_day, approved_by, recorded_by)
SELECT a.username, (SELECT e.department_id FROM hr_employee e WHERE e.username = a.username), a.type, a.first_day, a.last_day,
       a.approver, 'carol'
FROM (
    SELECT 'alice' AS username, 'VACATION' AS type, DATE '2026-08-03' AS first_day, DATE '2026-08-14' AS last_day, 'frank' AS approver
    UNION ALL SELECT 'bob', 'SICK', DATE '2026-10-12', DATE '2026-10-14', 'frank'
    UNION ALL SELECT 'dave', 'TRAINING', DATE '2026-11-02', DATE '2026-11-03', 'carol'
) a
WHERE NOT EXISTS (SELECT 1 FROM hr_absence x WHERE x.username = a.username AND x.first_day = a.first_day);
