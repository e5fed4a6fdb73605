package dev.portico.erp.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A catalogue entry with its stock: {@code available} is on hand and not promised to an order;
 * {@code discontinuedAt} is set once the company stopped selling it.
 */
public record ProductSummary(String sku, String name, BigDecimal unitPrice, String currency, int stockOnHand,
                             int reserved, int available, int reorderLevel, Instant discontinuedAt) {

    public boolean discontinued() {
        return discontinuedAt != null;
    }

    public boolean belowReorderLevel() {
        return available <= reorderLevel;
    }
}
