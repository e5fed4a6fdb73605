package dev.portico.crm.partner;

import java.io.Serializable;
import java.math.BigDecimal;

/** A buyer's purchase limit: above it, an order waits for an order approver. */
public record BuyerLimit(BigDecimal amount, String currency) implements Serializable {
}
