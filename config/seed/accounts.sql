-- Generates @accounts customer accounts for load and benchmark runs (./portal seed --accounts N).
-- Set-based with MariaDB's Sequence engine (seq_1_to_N): 100 000 rows take seconds, not the
-- minutes of one INSERT per row. Names, territories, owners and partners are mixed so that
-- every data scope (TERRITORY, TEAM, OWN, ORGANISATION) has realistic selectivity.
-- Seeded names end with " #<n>" so a seeded row is told apart from a real one.
SET @first = (SELECT COALESCE(MAX(id), 0) FROM customer_account);
SET @northwind = (SELECT id FROM organisation WHERE alias = 'northwind');
SET @southwind = (SELECT id FROM organisation WHERE alias = 'southwind');
SET @sql = CONCAT(
  'INSERT INTO customer_account (name, territory, owner_username, partner_organisation_id, city, country, status, created_at) ',
  'SELECT CONCAT(ELT(1 + seq % 16, ''Blue'', ''Cedar'', ''Granite'', ''Harbor'', ''Iron'', ''Juniper'', ''Keystone'', ''Lakeside'', ',
  '''Maple'', ''North'', ''Oak'', ''Pine'', ''Quarry'', ''River'', ''Summit'', ''Willow''), '' '', ',
  'ELT(1 + (seq DIV 16) % 12, ''Ridge'', ''Valley'', ''Point'', ''Bay'', ''Crest'', ''Field'', ''Grove'', ''Hill'', ''Park'', ''Stone'', ''Wood'', ''Creek''), '' '', ',
  'ELT(1 + (seq DIV 192) % 10, ''Foods'', ''Medical Supply'', ''Builders'', ''Outfitters'', ''Hardware'', ''Bakeries'', ''Pharmacy'', ''Logistics'', ''Dental'', ''Garden Centers''), ',
  ''' #'', @first + seq), ',
  'ELT(1 + seq % 4, ''EAST'', ''WEST'', ''NORTH'', ''SOUTH''), ',
  'ELT(1 + seq % 5, ''alice'', ''frank'', ''bob'', ''alice'', ''frank''), ',
  'CASE seq % 6 WHEN 0 THEN @northwind WHEN 3 THEN @southwind ELSE NULL END, ',
  'ELT(1 + seq % 12, ''Boston'', ''Denver'', ''Austin'', ''Fargo'', ''Portland'', ''Phoenix'', ''Madison'', ''Raleigh'', ''Tucson'', ''Albany'', ''Boise'', ''Omaha''), ',
  '''US'', ',
  'CASE WHEN seq % 10 = 0 THEN ''PROSPECT'' WHEN seq % 17 = 0 THEN ''INACTIVE'' ELSE ''ACTIVE'' END, ',
  'CURRENT_TIMESTAMP(6) - INTERVAL (seq % 1500) DAY ',
  'FROM seq_1_to_', @accounts);
PREPARE seed FROM @sql;
EXECUTE seed;
DEALLOCATE PREPARE seed;
SELECT COUNT(*) AS accounts_now FROM customer_account;
