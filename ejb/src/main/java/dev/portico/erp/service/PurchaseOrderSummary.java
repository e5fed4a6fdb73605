package dev.portico.erp.service;

import dev.portico.erp.domain.PurchaseOrderStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A purchase order's header as the screens show it. {@code salesOrderId} is the order whose
 * shortage raised it (null for one placed by hand); {@code createdBy} is {@code erp} or a user.
 */
public record PurchaseOrderSummary(long id, long supplierId, String supplierName, PurchaseOrderStatus status,
                                   Long salesOrderId, Instant createdAt, String createdBy, String confirmedBy)
        implements Serializable {
}
