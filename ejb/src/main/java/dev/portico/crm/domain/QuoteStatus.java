package dev.portico.crm.domain;

/**
 * A draft may change; a signed quote has gone to the ERP as an order and never changes again.
 * A partner's order above the buyer's purchase limit is {@link #AWAITING_APPROVAL} until an
 * order approver of the same organisation signs it or {@link #REJECTED rejects} it.
 */
public enum QuoteStatus {
    DRAFT,
    AWAITING_APPROVAL,
    SIGNED,
    REJECTED,
    CANCELLED
}
