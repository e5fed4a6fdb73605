package dev.portico.erp.partner;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of an invoice, at the price the order was taken at. */
public record PartnerInvoiceLine(int lineNo, String sku, String name, int quantity, BigDecimal unitPrice) implements Serializable {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
