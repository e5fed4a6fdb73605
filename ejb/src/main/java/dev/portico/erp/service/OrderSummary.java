package dev.portico.erp.service;

import dev.portico.erp.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A sales order's header as the ERP screens show it. */
public record OrderSummary(long id, long quoteId, long crmAccountId, OrderStatus status, BigDecimal total,
                           BigDecimal amountPaid, String currency, Instant receivedAt, String holdReason,
                           String approvedBy) {
}
