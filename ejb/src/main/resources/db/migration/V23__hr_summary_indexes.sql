-- The HR summaries read index ranges (see SummaryStatements): headcount series from the spells
-- that began (ix_assignment_period) or ended (this index) in the last year, joiners and leavers
-- from the employees who started or left in it.
CREATE INDEX ix_assignment_end ON hr_assignment (valid_to, department_id);
CREATE INDEX ix_employee_start ON hr_employee (start_date);
CREATE INDEX ix_employee_end ON hr_employee (end_date);
