package dev.portico.erp.service;

import java.io.Serializable;
import java.util.List;

/** A purchase order with its lines. */
public record PurchaseOrderDetail(PurchaseOrderSummary order, List<PurchaseOrderLineSummary> lines) implements Serializable {

    public PurchaseOrderDetail {
        lines = List.copyOf(lines);
    }
}
