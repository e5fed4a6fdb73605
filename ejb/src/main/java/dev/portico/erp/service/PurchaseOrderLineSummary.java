package dev.portico.erp.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A purchase order line: how many were ordered, how many have arrived so far, and when the supplier promised the rest. */
public record PurchaseOrderLineSummary(String sku, String productName, int quantity, int quantityReceived, LocalDate promisedDate)
        implements Serializable {

    public int outstanding() {
        return quantity - quantityReceived;
    }
}
