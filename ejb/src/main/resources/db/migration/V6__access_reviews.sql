-- Access-review campaigns: an auditor asks, for a set of users, whether each of their job roles
-- should stay. One item per (user, role); the user's manager decides it, or, for staff without
-- a manager and partner users, any portal administrator (reviewer_username NULL). A campaign
-- changes no access by itself: a reviewer's REVOKED decision removes the role, in Keycloak.
CREATE TABLE access_review (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200)  NOT NULL,
    started_by  VARCHAR(100)  NOT NULL,
    started_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    reason      VARCHAR(1000) NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    -- When the last item was decided (COMPLETED) or the auditor ended it early (CLOSED);
    -- closed_by is set for CLOSED only: a completed campaign was ended by its decisions.
    closed_at   TIMESTAMP(6)  NULL,
    closed_by   VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    INDEX ix_review_status (status, started_at),
    CONSTRAINT ck_review_status CHECK (status IN ('OPEN', 'COMPLETED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_review_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    review_id          BIGINT        NOT NULL,
    username           VARCHAR(100)  NOT NULL,
    role_name          VARCHAR(64)   NOT NULL,
    reviewer_username  VARCHAR(100)  NULL,
    decision           VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    comment            VARCHAR(1000) NULL,
    decided_by         VARCHAR(100)  NULL,
    decided_at         TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_review_item UNIQUE (review_id, username, role_name),
    CONSTRAINT fk_review_item_review FOREIGN KEY (review_id) REFERENCES access_review (id),
    -- A reviewer's queue: their pending items (NULL = the administrators' shared queue).
    INDEX ix_review_item_queue (reviewer_username, decision, review_id),
    -- "Decided by me", newest first.
    INDEX ix_review_item_decided (decided_by, decided_at),
    CONSTRAINT ck_review_item_decision CHECK (decision IN ('PENDING', 'ATTESTED', 'REVOKED')),
    CONSTRAINT ck_review_item_decided CHECK ((decision = 'PENDING') = (decided_by IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A new policy version for the reviewers' module. Administrators may already have published
-- versions of their own, so it copies whatever version is the latest (never edits one) and adds
-- the `reviews` rules to it. A manager reviews his team; an administrator reviews everyone else.
SET @latest_version = (SELECT MAX(version) FROM access_policy_version);

INSERT INTO access_policy_version (version, created_by, reason)
VALUES (@latest_version + 1, 'system', 'Access reviews module');

INSERT INTO access_policy_rule (version, role_name, module_id, action, data_scope)
SELECT @latest_version + 1, role_name, module_id, action, data_scope
FROM access_policy_rule
WHERE version = @latest_version;

-- INSERT IGNORE: an administrator may have added one of these rules by hand already.
INSERT IGNORE INTO access_policy_rule (version, role_name, module_id, action, data_scope) VALUES
    (@latest_version + 1, 'sales-manager', 'reviews', 'VIEW',    'TEAM'),
    (@latest_version + 1, 'sales-manager', 'reviews', 'APPROVE', 'TEAM'),
    (@latest_version + 1, 'portal-admin',  'reviews', 'VIEW',    'ALL'),
    (@latest_version + 1, 'portal-admin',  'reviews', 'APPROVE', 'ALL');
