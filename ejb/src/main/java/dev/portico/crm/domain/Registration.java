package dev.portico.crm.domain;

/** A partner's deal registration as the company decided it: pending until a sales manager accepts or rejects it. */
public enum Registration {
    PENDING,
    ACCEPTED,
    REJECTED
}
