-- Partner companies (distributors and suppliers). The alias is the Keycloak organisation alias
-- that the login token carries, so a partner user is matched to this row by alias.
CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    alias       VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_alias UNIQUE (alias),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('DISTRIBUTOR', 'SUPPLIER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CRM customer accounts. Every list query pages by (sort column, id), so each sortable column
-- has an index ending in id: a deep page costs what the first one does.
CREATE TABLE customer_account (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    name                    VARCHAR(200) NOT NULL,
    territory               VARCHAR(20)  NOT NULL,
    owner_username          VARCHAR(100) NOT NULL,
    partner_organisation_id BIGINT       NULL,
    city                    VARCHAR(100) NULL,
    country                 CHAR(2)      NULL,
    status                  VARCHAR(20)  NOT NULL,
    created_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_account_partner FOREIGN KEY (partner_organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_account_territory CHECK (territory IN ('EAST', 'WEST', 'NORTH', 'SOUTH')),
    CONSTRAINT ck_account_status CHECK (status IN ('PROSPECT', 'ACTIVE', 'INACTIVE')),
    INDEX ix_account_name (name, id),
    INDEX ix_account_territory_name (territory, name, id),
    INDEX ix_account_owner_name (owner_username, name, id),
    INDEX ix_account_partner_name (partner_organisation_id, name, id),
    INDEX ix_account_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
