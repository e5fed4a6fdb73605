package dev.portico.erp.domain;

/** Why a product's stock changed. */
public enum StockMovementKind {
    /** A stock count or a correction, with the reason someone gave. */
    ADJUSTMENT,
    /** Stock on the shelf promised to an order. */
    RESERVATION,
    /** Reserved stock leaving with a shipment. */
    SHIPMENT,
    /** Goods arriving on a purchase order. */
    RECEIPT
}
