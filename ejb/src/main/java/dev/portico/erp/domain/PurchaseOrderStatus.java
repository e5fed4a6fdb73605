package dev.portico.erp.domain;

/** A purchase order is open until the goods arrive (or it is cancelled). */
public enum PurchaseOrderStatus {
    OPEN,
    RECEIVED,
    CANCELLED
}
