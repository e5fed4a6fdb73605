package dev.portico.erp.internal;

import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.SalesOrder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Confirmed orders still short of products that just arrived get them reserved, oldest first,
 * so a later order cannot take the delivery a waiting one was promised. Only the arrived
 * products' lines are topped up: those products are the ones already locked, in SKU order.
 */
final class WaitingOrders {

    /** Enough for a delivery; orders beyond it are topped up when they ship. */
    private static final int BATCH = 100;

    private WaitingOrders() {
    }

    static void release(EntityManager em, ProductLocks products, Set<String> arrived, String actor, long purchaseOrderId,
                        Instant now) {
        List<SalesOrder> waiting = em.createQuery("SELECT DISTINCT o FROM SalesOrder o JOIN o.lines l "
                        + "WHERE o.status = :confirmed AND l.sku IN :skus AND l.quantity > "
                        + "(SELECT COALESCE(SUM(r.quantity), 0) FROM StockReservation r WHERE r.line = l) ORDER BY o.id", SalesOrder.class)
                .setParameter("confirmed", OrderStatus.CONFIRMED)
                .setParameter("skus", arrived)
                .setMaxResults(BATCH)
                .getResultList();
        for (SalesOrder order : waiting) {
            order.reserve(products::get, arrived::contains, now);
            products.record(actor, "reserved for " + order + " from purchase order " + purchaseOrderId, order.getId(),
                    purchaseOrderId, now);
        }
    }
}
