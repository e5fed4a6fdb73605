-- Views of sensitive HR fields go into the access log with the fields named, so auditors can
-- answer "who looked at Bob's salary band?" (record_type 'employee', record_id the subject).
ALTER TABLE access_log
    ADD COLUMN viewed_fields VARCHAR(300) NULL,
    ADD INDEX ix_access_log_subject (record_id, id);

-- The HR module's rules, in a new policy version: every staff job role reads the directory (listed
-- role by role, as every rule is: a new job role is given it explicitly);
-- managers read their team's records and summaries (TEAM: themselves and their reports) without
-- the sensitive fields; HR reads and edits everything, sensitive fields included.
SET @latest_version = (SELECT MAX(version) FROM access_policy_version);

INSERT INTO access_policy_version (version, created_by, reason)
VALUES (@latest_version + 1, 'system', 'HR module: directory for staff, team summaries for managers, sensitive fields for HR');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope)
SELECT @latest_version + 1, role_name, module_id, action, data_scope
FROM access_policy_rule
WHERE version = @latest_version;

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES
    (@latest_version + 1, 'sales-rep',     'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'sales-manager', 'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'service-agent', 'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'hr-manager',    'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'finance',       'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'warehouse',     'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'portal-admin',  'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'auditor',       'directory',    'VIEW',   'ALL'),
    (@latest_version + 1, 'sales-manager', 'hr',           'VIEW',   'TEAM'),
    (@latest_version + 1, 'sales-manager', 'hr',           'EXPORT', 'TEAM'),
    (@latest_version + 1, 'hr-manager',    'hr-sensitive', 'VIEW',   'ALL'),
    (@latest_version + 1, 'hr-manager',    'hr-sensitive', 'EDIT',   'ALL');
