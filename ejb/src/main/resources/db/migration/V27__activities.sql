-- Interactions become activities: a call, mail, visit or demo is planned (a date, who, for which
-- account and perhaps which opportunity) and later done with its outcome, or cancelled. What was
-- had before this migration is DONE. occurred_at is when it happens (planned) or happened (done);
-- only DONE activities count as contact for the cadence and appear on the account's 360° page.
ALTER TABLE interaction
    DROP CONSTRAINT ck_interaction_kind,
    ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'DONE',
    ADD COLUMN outcome VARCHAR(1000) NULL,
    ADD COLUMN opportunity_id BIGINT NULL,
    ADD COLUMN planned_by VARCHAR(100) NULL,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_interaction_kind CHECK (kind IN ('CALL', 'MAIL', 'VISIT', 'DEMO')),
    ADD CONSTRAINT ck_interaction_status CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    ADD CONSTRAINT fk_interaction_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    -- a rep's calendar: their planned activities by date
    ADD INDEX ix_interaction_calendar (by_username, status, occurred_at, id),
    ADD INDEX ix_interaction_opportunity (opportunity_id, occurred_at, id);
