package dev.portico.erp.partner;

import java.math.BigDecimal;
import java.time.Instant;

/** Where an invoice stands for the customer: open until due, overdue after, paid when nothing is outstanding. */
public enum InvoiceState {
    OPEN,
    OVERDUE,
    PAID;

    /** The state of an invoice of {@code amount} with {@code paid} received, due at {@code due}, at {@code now}. */
    public static InvoiceState of(BigDecimal amount, BigDecimal paid, Instant due, Instant now) {
        return paid.compareTo(amount) >= 0 ? PAID : now.isAfter(due) ? OVERDUE : OPEN;
    }
}
