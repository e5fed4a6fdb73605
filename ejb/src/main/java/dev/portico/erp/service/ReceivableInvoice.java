package dev.portico.erp.service;

import dev.portico.erp.partner.InvoiceState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * An invoice as finance works it: what was billed, what is paid (partial payments add up on the
 * order), what is outstanding, and where it stands. {@code crmAccountId} names the customer in
 * the CRM, the one source of its name.
 */
public record ReceivableInvoice(long id, String number, long orderId, long crmAccountId, Instant issuedAt, Instant dueAt,
                                BigDecimal amount, BigDecimal paid, String currency, InvoiceState state) implements Serializable {

    public BigDecimal outstanding() {
        return amount.subtract(paid).max(BigDecimal.ZERO);
    }

    /** Whole days past due at {@code now}; 0 when not yet due. */
    public long daysOverdue(Instant now) {
        return now.isAfter(dueAt) ? Duration.between(dueAt, now).toDays() : 0;
    }
}
