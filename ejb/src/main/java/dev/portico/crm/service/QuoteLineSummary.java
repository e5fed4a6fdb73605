package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A quote line: {@code listPrice} is the ERP's price when the quote was written (the partner's
 * price for a partner's customer), {@code discountPercent} what staff took off it.
 */
public record QuoteLineSummary(int lineNo, String sku, String description, int quantity, BigDecimal unitPrice, BigDecimal listPrice,
                               BigDecimal discountPercent)
        implements Serializable {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
