package dev.portico.crm.service;

import java.io.Serializable;
import java.time.Instant;

/** A recurring customer whose last signed order is older than its expected re-order interval. */
public record ReorderDue(long accountId, String name, String owner, int intervalDays, Instant lastOrder) implements Serializable {
}
