package dev.portico.erp.partner;

/**
 * What a partner learns of stock: a band, not the warehouse's figures. {@link #LIMITED} means
 * only a few are free to reserve (at or below the reorder level); {@link #ON_REQUEST} that the
 * order waits for a delivery from the supplier (typically two to three weeks).
 */
public enum Availability {
    IN_STOCK,
    LIMITED,
    ON_REQUEST
}
