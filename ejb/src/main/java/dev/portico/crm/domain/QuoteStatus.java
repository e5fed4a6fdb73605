package dev.portico.crm.domain;

/** A draft may change; a signed quote has gone to the ERP as an order and never changes again. */
public enum QuoteStatus {
    DRAFT,
    SIGNED,
    CANCELLED
}
