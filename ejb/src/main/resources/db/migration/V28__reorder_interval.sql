-- A recurring customer's expected re-order interval: when its last signed quote is older than
-- that, its owner (and the owner's manager) are reminded on the overdue-contacts page.
ALTER TABLE customer_account
    ADD COLUMN reorder_interval_days INT NULL,
    ADD CONSTRAINT ck_account_reorder CHECK (reorder_interval_days IS NULL OR reorder_interval_days > 0);
