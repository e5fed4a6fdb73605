package dev.portico.erp.partner;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The partner's own account with the company, in the currency of its terms: the credit line
 * granted to the partner organisation, what its customers' invoices leave outstanding, how
 * much of that is overdue, and how many invoices are open or overdue. Invoices in another
 * currency are counted, not summed.
 */
public record PartnerStanding(BigDecimal creditLine, String currency, BigDecimal outstanding, BigDecimal overdue,
                              long openInvoices, long overdueInvoices, long otherCurrencyInvoices) implements Serializable {

    public BigDecimal available() {
        return creditLine.subtract(outstanding).max(BigDecimal.ZERO);
    }
}
