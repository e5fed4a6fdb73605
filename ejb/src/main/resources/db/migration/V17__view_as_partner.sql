-- "View as partner": a member of staff reading a partner organisation's portal is recorded in
-- the access log with the organisation they looked at on behalf of (outcome VIEWED, which V3
-- already allows). Auditors filter by it.
ALTER TABLE access_log
    ADD COLUMN on_behalf_of VARCHAR(64) NULL,
    ADD INDEX ix_access_log_on_behalf (on_behalf_of, occurred_at);
