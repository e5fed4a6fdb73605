package dev.portico.erp.domain;

/**
 * A purchase order is open until the supplier confirms it, then received in one or more
 * deliveries (partly, then fully); it may be cancelled while nothing has arrived.
 */
public enum PurchaseOrderStatus {
    OPEN,
    CONFIRMED,
    PARTLY_RECEIVED,
    RECEIVED,
    CANCELLED;

    /** Whether goods may still arrive on it. */
    public boolean receivable() {
        return this == OPEN || this == CONFIRMED || this == PARTLY_RECEIVED;
    }
}
