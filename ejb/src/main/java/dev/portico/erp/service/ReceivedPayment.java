package dev.portico.erp.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment recorded against an invoice (one of possibly several: partial payments). */
public record ReceivedPayment(long id, long invoiceId, String invoiceNumber, long orderId, long crmAccountId, BigDecimal amount,
                              String currency, Instant receivedAt, String recordedBy) implements Serializable {
}
