package dev.portico.erp.domain;

/** Part of an order line that stock could not cover when it was reserved. */
public record Shortage(int lineNo, String sku, int quantityShort) {

    /** The {@code detail} of a STOCK_SHORTAGE event: the SKU and how many are missing. */
    public String describe() {
        return sku + " short by " + quantityShort;
    }
}
