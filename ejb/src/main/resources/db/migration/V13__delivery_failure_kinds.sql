-- Issue 16: poison fast, transient patient. Each failed attempt says what kind of failure it was
-- (POISON: the message can never succeed as it is; TRANSIENT: a deadlock, a lock wait, a lost
-- connection, a version conflict, retried with backoff for as long as it takes; UNEXPECTED:
-- anything else, parked after a few attempts), and the attempt that parked its message names the
-- copy it put into the DLQ. Attempts logged before this migration are UNEXPECTED: nobody classified them.
ALTER TABLE integration_failure
    ADD COLUMN kind      VARCHAR(16)  NOT NULL DEFAULT 'UNEXPECTED',
    ADD COLUMN parked_as VARCHAR(100) NULL,
    ADD CONSTRAINT ck_failure_kind CHECK (kind IN ('POISON', 'TRANSIENT', 'UNEXPECTED'));

-- A letter the consumer parked itself is a copy with an id of its own: parked_from is the id the
-- original delivery had, under which its failed attempts are logged.
ALTER TABLE dead_letter
    ADD COLUMN parked_from VARCHAR(100) NULL;
