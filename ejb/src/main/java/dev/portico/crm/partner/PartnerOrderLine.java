package dev.portico.crm.partner;

import java.io.Serializable;
import java.math.BigDecimal;

public record PartnerOrderLine(int lineNo, String sku, String description, int quantity, BigDecimal unitPrice) implements Serializable {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
