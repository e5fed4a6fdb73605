package dev.portico.erp.service;

import dev.portico.erp.domain.StockMovementKind;
import java.io.Serializable;
import java.time.Instant;

/** One line of a product's stock history: what changed, the levels after it, who and why. */
public record StockMovementSummary(long id, String sku, StockMovementKind kind, int onHandChange, int reservedChange,
                                int onHandAfter, int reservedAfter, String actor, String reason, Long salesOrderId,
                                Long purchaseOrderId, Instant occurredAt) implements Serializable {
}
