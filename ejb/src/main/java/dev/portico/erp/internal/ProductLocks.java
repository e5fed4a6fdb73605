package dev.portico.erp.internal;

import dev.portico.erp.domain.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Function;

/**
 * Products as stock operations need them: locked ({@code SELECT … FOR UPDATE}) for the rest of
 * the transaction, so concurrent orders wait for each other instead of failing on a version
 * conflict. Orders ask for their products in SKU order, so two orders cannot deadlock.
 */
final class ProductLocks {

    private ProductLocks() {
    }

    static Function<String, Product> forUpdate(EntityManager em) {
        return sku -> {
            Product product = em.find(Product.class, sku, LockModeType.PESSIMISTIC_WRITE);
            if (product == null) {
                throw new IllegalStateException("product " + sku + " is not in the catalogue");
            }
            return product;
        };
    }
}
