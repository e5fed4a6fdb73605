-- The access policy: job role -> module -> action -> data scope, versioned. A change never
-- edits rows: it writes a new version, so any past decision can be explained by the version
-- that was in force.
CREATE TABLE access_policy_version (
    version     INT           NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by  VARCHAR(100)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_policy_rule (
    version     INT          NOT NULL,
    role_name   VARCHAR(64)  NOT NULL,
    module_id   VARCHAR(64)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    data_scope  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (version, role_name, module_id, action, data_scope),
    CONSTRAINT fk_rule_version FOREIGN KEY (version) REFERENCES access_policy_version (version),
    CONSTRAINT ck_rule_action CHECK (action IN ('VIEW', 'EDIT', 'APPROVE', 'EXPORT')),
    CONSTRAINT ck_rule_scope CHECK (data_scope IN ('ALL', 'TERRITORY', 'TEAM', 'OWN', 'ORGANISATION', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff as the access model needs them: a sales territory and a manager (TEAM = a manager's
-- reports plus the manager). Names and other personal data stay in Keycloak and, later, HR.
-- Who tried to reach a record outside their scope (and, later, who viewed sensitive data).
-- The user got the same answer as for a record that does not exist; auditors see it here.
CREATE TABLE access_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    username     VARCHAR(100) NOT NULL,
    permission   VARCHAR(64)  NOT NULL,
    record_type  VARCHAR(64)  NOT NULL,
    record_id    VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_access_log_user (username, occurred_at),
    INDEX ix_access_log_record (record_type, record_id),
    CONSTRAINT ck_access_log_outcome CHECK (outcome IN ('REFUSED', 'VIEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    username          VARCHAR(100) NOT NULL,
    manager_username  VARCHAR(100) NULL,
    territory         VARCHAR(20)  NULL,
    PRIMARY KEY (username),
    INDEX ix_staff_manager (manager_username),
    CONSTRAINT ck_staff_territory CHECK (territory IS NULL OR territory IN ('EAST', 'WEST', 'NORTH', 'SOUTH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Version 1: the default policy for the job roles of DESIGN.md.
INSERT INTO access_policy_version (version, created_by, reason)
VALUES (1, 'system', 'Default policy shipped with Portico');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES
    (1, 'sales-rep',       'customers',    'VIEW',    'TERRITORY'),
    (1, 'sales-rep',       'customers',    'EDIT',    'TERRITORY'),
    (1, 'sales-rep',       'orders',       'VIEW',    'TERRITORY'),
    (1, 'sales-rep',       'orders',       'EDIT',    'TERRITORY'),
    (1, 'sales-rep',       'service',      'VIEW',    'TERRITORY'),
    (1, 'sales-rep',       'products',     'VIEW',    'ALL'),
    (1, 'sales-manager',   'customers',    'VIEW',    'TEAM'),
    (1, 'sales-manager',   'customers',    'EDIT',    'TEAM'),
    (1, 'sales-manager',   'customers',    'APPROVE', 'TEAM'),
    (1, 'sales-manager',   'customers',    'EXPORT',  'TEAM'),
    (1, 'sales-manager',   'orders',       'VIEW',    'TEAM'),
    (1, 'sales-manager',   'orders',       'EDIT',    'TEAM'),
    (1, 'sales-manager',   'orders',       'APPROVE', 'TEAM'),
    (1, 'sales-manager',   'service',      'VIEW',    'TEAM'),
    (1, 'sales-manager',   'products',     'VIEW',    'ALL'),
    (1, 'partner-support', 'partner',      'VIEW',    'ALL'),
    (1, 'partner-support', 'service',      'VIEW',    'ALL'),
    (1, 'service-agent',   'customers',    'VIEW',    'ALL'),
    (1, 'service-agent',   'orders',       'VIEW',    'ALL'),
    (1, 'service-agent',   'service',      'VIEW',    'ALL'),
    (1, 'service-agent',   'service',      'EDIT',    'ALL'),
    (1, 'hr-manager',      'hr',           'VIEW',    'ALL'),
    (1, 'hr-manager',      'hr',           'EDIT',    'ALL'),
    (1, 'hr-manager',      'hr',           'EXPORT',  'ALL'),
    (1, 'finance',         'customers',    'VIEW',    'ALL'),
    (1, 'finance',         'orders',       'VIEW',    'ALL'),
    (1, 'finance',         'finance',      'VIEW',    'ALL'),
    (1, 'finance',         'finance',      'EDIT',    'ALL'),
    (1, 'finance',         'finance',      'EXPORT',  'ALL'),
    (1, 'warehouse',       'orders',       'VIEW',    'ALL'),
    (1, 'warehouse',       'orders',       'EDIT',    'ALL'),
    (1, 'warehouse',       'products',     'VIEW',    'ALL'),
    (1, 'warehouse',       'products',     'EDIT',    'ALL'),
    (1, 'warehouse',       'purchasing',   'VIEW',    'ALL'),
    (1, 'warehouse',       'purchasing',   'EDIT',    'ALL'),
    (1, 'portal-admin',    'access-admin', 'VIEW',    'ALL'),
    (1, 'portal-admin',    'access-admin', 'EDIT',    'ALL'),
    (1, 'portal-admin',    'integration',  'VIEW',    'ALL'),
    (1, 'portal-admin',    'integration',  'EDIT',    'ALL'),
    (1, 'auditor',         'audit',        'VIEW',    'ALL'),
    (1, 'auditor',         'audit',        'EXPORT',  'ALL'),
    (1, 'distributor',     'customers',    'VIEW',    'ORGANISATION'),
    (1, 'distributor',     'partner',      'VIEW',    'ORGANISATION'),
    (1, 'distributor',     'partner',      'EDIT',    'ORGANISATION'),
    (1, 'distributor',     'orders',       'VIEW',    'ORGANISATION'),
    (1, 'distributor',     'orders',       'EDIT',    'ORGANISATION'),
    (1, 'distributor',     'service',      'VIEW',    'ORGANISATION'),
    (1, 'distributor',     'service',      'EDIT',    'ORGANISATION'),
    (1, 'supplier',        'partner',      'VIEW',    'ORGANISATION'),
    (1, 'supplier',        'purchasing',   'VIEW',    'ORGANISATION'),
    (1, 'supplier',        'purchasing',   'EDIT',    'ORGANISATION');
