package dev.portico.erp.partner;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product as a partner's catalogue shows it: the price that applies to the partner, and a stock band. */
public record CatalogueItem(String sku, String name, BigDecimal unitPrice, String currency, Availability availability)
        implements Serializable {
}
