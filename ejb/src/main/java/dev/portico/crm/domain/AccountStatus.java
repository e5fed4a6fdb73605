package dev.portico.crm.domain;

/** A prospect has not bought yet and never reaches the ERP; an active account has. */
public enum AccountStatus {
    PROSPECT,
    ACTIVE,
    INACTIVE
}
