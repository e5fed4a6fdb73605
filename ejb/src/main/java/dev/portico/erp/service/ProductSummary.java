package dev.portico.erp.service;

import java.math.BigDecimal;

/** A catalogue entry with its stock: {@code available} is on hand and not promised to an order. */
public record ProductSummary(String sku, String name, BigDecimal unitPrice, String currency, int stockOnHand,
                             int reserved, int available, int reorderLevel) {

    public boolean belowReorderLevel() {
        return available <= reorderLevel;
    }
}
