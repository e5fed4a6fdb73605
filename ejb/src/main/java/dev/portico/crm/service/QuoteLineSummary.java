package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;

public record QuoteLineSummary(int lineNo, String sku, String description, int quantity, BigDecimal unitPrice)
        implements Serializable {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
