-- Generates @hr employees for HR benchmarks (./portal seed --hr N), with 50 absences each (so
-- 10 000 employees bring 500 000 absences), set-based with MariaDB's Sequence engine. Employees
-- are spread over the demo departments; every tenth leads the nine after it; leads report to
-- frank. Start dates cover five years; one in twelve left within the last year. Seeded
-- usernames start with "seed-hr-" so a seeded row is told apart from a real one.
SET @first = (SELECT COUNT(*) FROM hr_employee WHERE username LIKE 'seed-hr-%');
SET @departments = (SELECT COUNT(*) FROM hr_department WHERE code NOT IN ('HQ', 'UNASSIGNED'));

SET @sql = CONCAT(
  'INSERT INTO hr_employee (username, first_name, last_name, work_email, department_id, job_title, manager_username, ',
  'work_location, territory, start_date, end_date, employment_type, status) ',
  'SELECT CONCAT(''seed-hr-'', @first + seq), ',
  'ELT(1 + seq % 10, ''Ana'', ''Ben'', ''Chen'', ''Dora'', ''Emil'', ''Fatima'', ''Goran'', ''Hana'', ''Ivo'', ''Jun''), ',
  'CONCAT(ELT(1 + (seq DIV 10) % 8, ''Nowak'', ''Li'', ''Smith'', ''Kowalski'', ''Wang'', ''Garcia'', ''Novak'', ''Zhang''), '' '', @first + seq), ',
  'CONCAT(''seed-hr-'', @first + seq, ''@portico.example''), ',
  '(SELECT d.id FROM hr_department d WHERE d.code NOT IN (''HQ'', ''UNASSIGNED'') ORDER BY d.id LIMIT 1 OFFSET ',
  '  0), ',
  '''Associate'', ',
  'IF(seq % 10 = 1, ''frank'', CONCAT(''seed-hr-'', @first + seq - (seq - 1) % 10)), ',
  'ELT(1 + seq % 4, ''Boston'', ''Denver'', ''Warsaw'', ''Shanghai''), NULL, ',
  'CURRENT_DATE - INTERVAL (seq * 7) % 1825 DAY, ',
  'IF(seq % 12 = 0, CURRENT_DATE - INTERVAL (seq % 330) DAY, NULL), ',
  '''PERMANENT'', IF(seq % 12 = 0, ''LEFT'', ''ACTIVE'') ',
  'FROM seq_1_to_', @hr);
PREPARE seed FROM @sql;
EXECUTE seed;
DEALLOCATE PREPARE seed;

-- Spread the seeded employees over the departments, and fix end dates that fell before the start.
UPDATE hr_employee e
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM hr_department WHERE code NOT IN ('HQ', 'UNASSIGNED')) d
  ON d.n = CAST(SUBSTRING(e.username, 9) AS UNSIGNED) % @departments
SET e.department_id = d.id,
    e.end_date = IF(e.end_date IS NOT NULL AND e.end_date < e.start_date, e.start_date, e.end_date)
WHERE e.username LIKE 'seed-hr-%' AND CAST(SUBSTRING(e.username, 9) AS UNSIGNED) > @first;

INSERT INTO hr_assignment (username, department_id, valid_from, valid_to)
SELECT e.username, e.department_id, e.start_date, IF(e.end_date IS NULL, NULL, e.end_date + INTERVAL 1 DAY)
FROM hr_employee e
WHERE e.username LIKE 'seed-hr-%' AND CAST(SUBSTRING(e.username, 9) AS UNSIGNED) > @first;

SET @sql = CONCAT(
  'INSERT INTO hr_absence (username, department_id, absence_type, first_day, last_day, approved_by, recorded_by) ',
  'SELECT e.username, e.department_id, ',
  'ELT(1 + s.seq % 5, ''VACATION'', ''SICK'', ''VACATION'', ''TRAINING'', ''OTHER''), ',
  'CURRENT_DATE - INTERVAL (s.seq * 37) % 730 DAY, CURRENT_DATE - INTERVAL (s.seq * 37) % 730 DAY + INTERVAL s.seq % 5 DAY, ',
  '''frank'', ''seed'' ',
  'FROM seq_1_to_', @hr * 50, ' s JOIN hr_employee e ON e.username = CONCAT(''seed-hr-'', @first + 1 + (s.seq - 1) DIV 50)');
PREPARE seed FROM @sql;
EXECUTE seed;
DEALLOCATE PREPARE seed;

-- Fresh statistics for the optimizer: after a bulk insert InnoDB's are stale for a while, and a
-- plan chosen on them can be a hundred times slower (the away list: 195 ms before, 7 ms after).
ANALYZE TABLE hr_employee, hr_assignment, hr_absence;

SELECT (SELECT COUNT(*) FROM hr_employee) AS employees_now, (SELECT COUNT(*) FROM hr_absence) AS absences_now;
