package dev.portico.erp.internal;

import dev.portico.erp.domain.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Products as one stock operation needs them: locked ({@code SELECT … FOR UPDATE}) for the rest
 * of the transaction, so concurrent orders wait for each other instead of failing on a version
 * conflict. Orders ask for their products in SKU order, so two orders cannot deadlock. The
 * operation ends with {@link #record}, which stores every movement the products made, with who
 * asked and why: no stock change goes unrecorded.
 */
final class ProductLocks {

    private final EntityManager em;
    private final Map<String, Product> locked = new LinkedHashMap<>();

    ProductLocks(EntityManager em) {
        this.em = em;
    }

    /** The product, locked; {@code null} if there is none (callers decide what that means). */
    Product find(String sku) {
        return locked.computeIfAbsent(sku, s -> em.find(Product.class, s, LockModeType.PESSIMISTIC_WRITE));
    }

    Product get(String sku) {
        Product product = find(sku);
        if (product == null) {
            throw new IllegalStateException("product " + sku + " is not in the catalogue");
        }
        return product;
    }

    /** Stores the movements of every product locked so far, attributed to {@code actor} and {@code reason}. */
    void record(String actor, String reason, Long salesOrderId, Long purchaseOrderId, Instant now) {
        locked.values().stream()
                .flatMap(product -> product.takeMovements().stream())
                .map(movement -> movement.attribute(actor, reason, salesOrderId, purchaseOrderId, now))
                .forEach(em::persist);
    }
}
