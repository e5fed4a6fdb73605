package dev.portico.crm.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A list price that moved after a draft was written: the line's price, the ERP's new one (null:
 * the ERP discontinued the product), when the ERP changed it.
 */
public record PriceChangeNotice(String sku, BigDecimal quotedPrice, BigDecimal newPrice, String currency, Instant changedAt)
        implements Serializable {

    public boolean discontinued() {
        return newPrice == null;
    }
}
