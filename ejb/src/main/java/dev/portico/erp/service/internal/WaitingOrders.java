package dev.portico.erp.service.internal;

import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.SalesOrder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Confirmed orders still short of products that just arrived get them reserved, oldest first,
 * so a later order cannot take the delivery a waiting one was promised. Only the arrived
 * products' lines are topped up: those products are the ones the receipt has already locked.
 * The orders are locked too, after the products and before the purchase order, and the ones a
 * shipment took meanwhile are left out.
 */
final class WaitingOrders {

    /** Enough for a delivery; orders beyond it are topped up when they ship. */
    private static final int BATCH = 100;

    private final List<SalesOrder> orders;

    private WaitingOrders(List<SalesOrder> orders) {
        this.orders = orders;
    }

    static WaitingOrders lock(EntityManager em, ErpLocks locks, Set<String> arrived) {
        List<SalesOrder> waiting = em.createQuery("SELECT DISTINCT o FROM SalesOrder o JOIN o.lines l "
                        + "WHERE o.status = :confirmed AND l.sku IN :skus AND l.quantity > "
                        + "(SELECT COALESCE(SUM(r.quantity), 0) FROM StockReservation r WHERE r.line = l) ORDER BY o.id", SalesOrder.class)
                .setParameter("confirmed", OrderStatus.CONFIRMED)
                .setParameter("skus", arrived)
                .setMaxResults(BATCH)
                .getResultList();
        return new WaitingOrders(locks.salesOrders(waiting).stream().filter(o -> o.getStatus() == OrderStatus.CONFIRMED).toList());
    }

    void release(ErpLocks locks, Set<String> arrived, String actor, long purchaseOrderId, Instant now) {
        for (SalesOrder order : orders) {
            order.reserve(locks::product, arrived::contains, now);
            locks.record(actor, "reserved for " + order + " from purchase order " + purchaseOrderId, order.getId(),
                    purchaseOrderId, now);
        }
    }
}
