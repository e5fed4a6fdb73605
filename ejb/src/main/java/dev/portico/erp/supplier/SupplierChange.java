package dev.portico.erp.supplier;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The supplier's latest proposed change and the company's answer (the reason, never who on the
 * company's side decided).
 */
public record SupplierChange(String status, String note, Instant proposedAt, String decisionReason, Instant decidedAt,
                             List<Line> lines) implements Serializable {

    public SupplierChange {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, LocalDate promisedDate) implements Serializable {
    }
}
