package dev.portico.api.products;

import dev.portico.erp.service.ProductSummary;
import java.math.BigDecimal;

/** A product: list price, stock on hand, what is reserved for orders and what is still available. */
public record ProductRepresentation(String sku, String name, BigDecimal unitPrice, String currency, int stockOnHand, int reserved,
                                    int available, boolean belowReorderLevel, String self) {

    static ProductRepresentation of(ProductSummary p) {
        return new ProductRepresentation(p.sku(), p.name(), p.unitPrice(), p.currency(), p.stockOnHand(), p.reserved(), p.available(),
                p.belowReorderLevel(), "/api/v1/products/" + p.sku());
    }
}
