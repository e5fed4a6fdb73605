package dev.portico.crm.partner;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of the organisation. {@code placedBy} is the partner user who submitted it, or
 * null for an order the company's sales staff placed for the customer (whose name stays internal).
 */
public record PartnerOrderSummary(long id, long customerId, String customerName, PartnerOrderStatus status, BigDecimal total,
                                  String currency, Instant placedAt, String placedBy) implements Serializable {
}
