package dev.portico.crm.domain;

/** How closely an account is looked after: each tier has its contact interval ({@code contact_cadence}). */
public enum AccountTier {
    A,
    B,
    C
}
