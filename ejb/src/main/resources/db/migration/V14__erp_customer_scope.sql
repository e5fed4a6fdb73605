-- Issue 9: the ERP restricts its order lists by its own copy of the CRM account's scope
-- attributes (territory, owner, serving partner), published by the CRM with each signed order
-- (OrderSubmitted.account), instead of a sub-query on the CRM's customer_account table.
-- scope_as_of is the signature the copy came with: an older message never overwrites a newer one.
ALTER TABLE erp_customer
    ADD COLUMN territory      VARCHAR(20)  NULL,
    ADD COLUMN owner_username VARCHAR(100) NULL,
    ADD COLUMN partner_alias  VARCHAR(64)  NULL,
    ADD COLUMN scope_as_of    TIMESTAMP(6) NULL;

-- Customers mapped before this migration: the copy the CRM would have sent, taken once, here.
UPDATE erp_customer c
    JOIN customer_account a ON a.id = c.crm_account_id
    LEFT JOIN organisation p ON p.id = a.partner_organisation_id
SET c.territory = a.territory, c.owner_username = a.owner_username, c.partner_alias = p.alias,
    c.scope_as_of = CURRENT_TIMESTAMP(6);
