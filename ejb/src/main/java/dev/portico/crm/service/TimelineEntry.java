package dev.portico.crm.service;

import dev.portico.contract.ErpEventType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One step of an order as the ERP reported it; {@code amount} and {@code balance} are null where the type has none. */
public record TimelineEntry(long quoteId, long erpOrderId, ErpEventType type, BigDecimal amount, BigDecimal balance,
                            String detail, Instant occurredAt) implements Serializable {
}
