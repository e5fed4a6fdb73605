package dev.portico.erp.partner;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An invoice as its customer's partner sees it. {@code orderReference} is the partner's own
 * order number (the CRM quote it signed); {@code customerNumber} the end customer's account.
 */
public record PartnerInvoice(long id, String number, long orderReference, long customerNumber, Instant issuedAt,
                             Instant dueAt, BigDecimal amount, BigDecimal paid, String currency, InvoiceState state)
        implements Serializable {

    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    /** The number the company prints: INV- and the id, six digits at least. */
    public static String numberOf(long invoiceId) {
        return String.format("INV-%06d", invoiceId);
    }
}
