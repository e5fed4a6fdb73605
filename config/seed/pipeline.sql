-- Generates @pipeline opportunities for the pipeline benchmark (./portal seed --pipeline N), set-
-- based with MariaDB's Sequence engine, over the accounts that exist (seeded or not). A quarter
-- each belongs to alice and frank (so both the board's OWN and TEAM scopes read a real share)
-- and half to two seeded reps outside frank's team; stages cycle through the six (won and lost
-- ones closed, lost ones with a reason); close dates spread over a year either side of today.
-- Seeded rows are named "seed-opportunity-…". Each gets its opening in the stage history.
SET @accounts = (SELECT COUNT(*) FROM customer_account);
SET @first = (SELECT COALESCE(MAX(id), 0) FROM opportunity);

SET @sql = CONCAT(
  'INSERT INTO opportunity (account_id, name, owner_username, stage, amount, currency, close_date, lost_reason, created_at, closed_at) ',
  'SELECT a.id, CONCAT(''seed-opportunity-'', @first + s.seq), ',
  'ELT(1 + s.seq % 4, ''alice'', ''frank'', ''seed-rep-1'', ''seed-rep-2''), ',
  'ELT(1 + (s.seq DIV 4) % 6, ''PROSPECTING'', ''QUALIFICATION'', ''PROPOSAL'', ''NEGOTIATION'', ''WON'', ''LOST''), ',
  '100 + (s.seq * 37) % 20000, ''USD'', CURRENT_DATE - INTERVAL 365 DAY + INTERVAL (s.seq * 13) % 730 DAY, ',
  'IF((s.seq DIV 4) % 6 = 5, ''seeded: lost'', NULL), CURRENT_TIMESTAMP(6) - INTERVAL 400 DAY, ',
  'IF((s.seq DIV 4) % 6 IN (4, 5), CURRENT_TIMESTAMP(6) - INTERVAL (s.seq % 300) DAY, NULL) ',
  'FROM seq_1_to_', @pipeline, ' s ',
  'JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM customer_account) a ON a.n = s.seq % @accounts');
PREPARE seed FROM @sql;
EXECUTE seed;
DEALLOCATE PREPARE seed;

INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_by, changed_at, note)
SELECT o.id, NULL, o.stage, o.owner_username, o.created_at, 'seeded'
FROM opportunity o
WHERE o.id > @first;

-- Fresh statistics for the optimizer: after a bulk insert InnoDB's are stale for a while, and a
-- plan chosen on them can be a hundred times slower (the away list: 195 ms before, 7 ms after).
ANALYZE TABLE opportunity, opportunity_stage_change;

SELECT (SELECT COUNT(*) FROM opportunity) AS opportunities_now;
