package dev.portico.erp.service;

import java.io.Serializable;
import java.time.LocalDate;

/** One product announced on a supplier's shipping notice, not yet all received: the warehouse's plan for the dock. */
public record ExpectedReceipt(long purchaseOrderId, String supplierName, String sku, String productName, int quantity,
                              LocalDate shippedOn, LocalDate expectedOn, String carrier, String trackingNumber) implements Serializable {
}
