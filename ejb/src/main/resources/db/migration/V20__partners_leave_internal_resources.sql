-- Distributors no longer reach the internal customers, orders and service modules (and so the
-- /v1/accounts, /v1/orders, /v1/quotes and /v1/tickets resources, which carry staff usernames,
-- internal comments and credit figures). Everything a partner may see is in the partner module
-- and /v1/partner, made for them. A new policy version, copying the latest without those rules.
SET @latest_version = (SELECT MAX(version) FROM access_policy_version);

INSERT INTO access_policy_version (version, created_by, reason)
VALUES (@latest_version + 1, 'system', 'Partners reach only the partner resources made for them');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope)
SELECT @latest_version + 1, role_name, module_id, action, data_scope
FROM access_policy_rule
WHERE version = @latest_version
  AND NOT (role_name = 'distributor' AND module_id IN ('customers', 'orders', 'service'));
