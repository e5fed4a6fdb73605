package dev.portico.erp.service;

import java.io.Serializable;

/** A purchase order line: how many were ordered and how many have arrived so far. */
public record PurchaseOrderLineSummary(String sku, String productName, int quantity, int quantityReceived) implements Serializable {

    public int outstanding() {
        return quantity - quantityReceived;
    }
}
