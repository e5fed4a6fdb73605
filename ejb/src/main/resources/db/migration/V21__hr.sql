-- The hr context: the one source of staff data (GDPR: one source per data element). Departments
-- form a tree; an employee's username is their Keycloak user; the sensitive fields live in a
-- table of their own, read by their own path (and every such read is in the access log).
CREATE TABLE hr_department (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(20)   NOT NULL,
    name               VARCHAR(100)  NOT NULL,
    parent_id          BIGINT        NULL,
    -- The headcount plan: how many people the department is budgeted for this year.
    planned_headcount  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_department_code UNIQUE (code),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES hr_department (id),
    CONSTRAINT ck_department_plan CHECK (planned_headcount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hr_employee (
    username          VARCHAR(100)  NOT NULL,
    first_name        VARCHAR(100)  NOT NULL,
    last_name         VARCHAR(100)  NOT NULL,
    work_email        VARCHAR(200)  NULL,
    work_phone        VARCHAR(40)   NULL,
    department_id     BIGINT        NOT NULL,
    job_title         VARCHAR(100)  NOT NULL,
    manager_username  VARCHAR(100)  NULL,
    work_location     VARCHAR(100)  NULL,
    territory         VARCHAR(20)   NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NULL,
    employment_type   VARCHAR(16)   NOT NULL,
    status            VARCHAR(8)    NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (username),
    INDEX ix_employee_manager (manager_username, status),
    INDEX ix_employee_department (department_id, status),
    INDEX ix_employee_name (last_name, first_name),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES hr_department (id),
    CONSTRAINT ck_employee_territory CHECK (territory IS NULL OR territory IN ('EAST', 'WEST', 'NORTH', 'SOUTH')),
    CONSTRAINT ck_employee_type CHECK (employment_type IN ('PERMANENT', 'FIXED_TERM', 'PART_TIME', 'CONTRACTOR')),
    CONSTRAINT ck_employee_status CHECK (status IN ('ACTIVE', 'LEFT')),
    CONSTRAINT ck_employee_left CHECK ((status = 'LEFT') = (end_date IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sensitive fields, kept apart: never joined into a directory or team query.
CREATE TABLE hr_employee_private (
    username            VARCHAR(100)  NOT NULL,
    salary_band         VARCHAR(40)   NULL,
    date_of_birth       DATE          NULL,
    home_address        VARCHAR(300)  NULL,
    private_phone       VARCHAR(40)   NULL,
    performance_rating  VARCHAR(40)   NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_private_employee FOREIGN KEY (username) REFERENCES hr_employee (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Department spells (valid_to exclusive, NULL = still there): the headcount history. A move
-- closes one and opens the next, a leave closes the last.
CREATE TABLE hr_assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    username       VARCHAR(100)  NOT NULL,
    department_id  BIGINT        NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE          NULL,
    PRIMARY KEY (id),
    INDEX ix_assignment_period (valid_from, valid_to, department_id),
    INDEX ix_assignment_employee (username, valid_to),
    CONSTRAINT fk_assignment_employee FOREIGN KEY (username) REFERENCES hr_employee (username),
    CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES hr_department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hr_absence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100)  NOT NULL,
    absence_type  VARCHAR(16)   NOT NULL,
    first_day     DATE          NOT NULL,
    last_day      DATE          NOT NULL,
    approved_by   VARCHAR(100)  NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    -- "Away today / this week / this month" asks for absences ending on or after a day: the few
    -- current and future ones, not the years of history before them.
    INDEX ix_absence_period (last_day, first_day),
    INDEX ix_absence_employee (username, first_day),
    CONSTRAINT fk_absence_employee FOREIGN KEY (username) REFERENCES hr_employee (username),
    CONSTRAINT ck_absence_type CHECK (absence_type IN ('VACATION', 'SICK', 'PARENTAL', 'TRAINING', 'OTHER')),
    CONSTRAINT ck_absence_days CHECK (last_day >= first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reason of an absence (a diagnosis, a family matter) is sensitive: its own table.
CREATE TABLE hr_absence_reason (
    absence_id  BIGINT         NOT NULL,
    reason      VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (absence_id),
    CONSTRAINT fk_reason_absence FOREIGN KEY (absence_id) REFERENCES hr_absence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Positions to fill (the headcount plan's open seats), each with the manager hiring for it.
CREATE TABLE hr_position (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    department_id            BIGINT        NOT NULL,
    title                    VARCHAR(100)  NOT NULL,
    hiring_manager_username  VARCHAR(100)  NULL,
    status                   VARCHAR(10)   NOT NULL,
    opened_on                DATE          NOT NULL,
    filled_by                VARCHAR(100)  NULL,
    closed_on                DATE          NULL,
    PRIMARY KEY (id),
    INDEX ix_position_status (status, department_id),
    CONSTRAINT fk_position_department FOREIGN KEY (department_id) REFERENCES hr_department (id),
    CONSTRAINT ck_position_status CHECK (status IN ('OPEN', 'FILLED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change HR makes to a record: who, when, which field, old -> new, and why. Rows of a
-- sensitive field are read only with the sensitive fields' permission.
CREATE TABLE hr_change (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    username    VARCHAR(100)   NOT NULL,
    changed_at  TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    changed_by  VARCHAR(100)   NOT NULL,
    field       VARCHAR(40)    NOT NULL,
    old_value   VARCHAR(300)   NULL,
    new_value   VARCHAR(300)   NULL,
    reason      VARCHAR(1000)  NOT NULL,
    is_sensitive BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    INDEX ix_change_employee (username, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's staff rows become employees of a department to be sorted out by HR; HR owns them now.
INSERT INTO hr_department (code, name) VALUES ('UNASSIGNED', 'Unassigned');

INSERT INTO hr_employee (username, first_name, last_name, department_id, job_title, manager_username, territory,
                         start_date, employment_type, status)
SELECT s.username, s.username, '', (SELECT d.id FROM hr_department d WHERE d.code = 'UNASSIGNED'), 'Not recorded',
       s.manager_username, s.territory, CURRENT_DATE, 'PERMANENT', 'ACTIVE'
FROM staff_member s;

INSERT INTO hr_assignment (username, department_id, valid_from)
SELECT e.username, e.department_id, e.start_date FROM hr_employee e;

DROP TABLE staff_member;

-- The read model HR publishes for the access model: the placements of the staff in service.
-- TERRITORY and TEAM scopes read it per request, so a transfer in HR takes effect at once.
CREATE VIEW hr_placement AS
SELECT username, manager_username, territory FROM hr_employee WHERE status = 'ACTIVE';
