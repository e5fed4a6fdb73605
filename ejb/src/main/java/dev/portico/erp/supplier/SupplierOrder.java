package dev.portico.erp.supplier;

import dev.portico.erp.domain.PurchaseOrderStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A purchase order as its supplier sees it in a list: {@code promisedBy} is the latest promised date. */
public record SupplierOrder(long id, PurchaseOrderStatus status, Instant orderedAt, long lines, LocalDate promisedBy,
                            boolean changeProposed) implements Serializable {
}
