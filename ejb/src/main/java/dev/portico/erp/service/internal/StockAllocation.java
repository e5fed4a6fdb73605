package dev.portico.erp.service.internal;

import dev.portico.contract.ErpEventType;
import dev.portico.erp.domain.Product;
import dev.portico.erp.domain.PurchaseOrder;
import dev.portico.erp.domain.SalesOrder;
import dev.portico.erp.domain.Shortage;
import dev.portico.erp.port.OrderEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What follows a confirmation, whether at intake or when a credit hold is released: reserve
 * the order's stock, announce {@code ORDER_CONFIRMED}, and for each line stock could not cover
 * a {@code STOCK_SHORTAGE} and a purchase order to the product's supplier.
 */
@Stateless
@PermitAll
public class StockAllocation {

    private static final Logger LOG = Logger.getLogger(StockAllocation.class.getName());

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @EJB
    private OrderEvents events;

    /**
     * @param locks the caller's, holding the order's products already (and the order, if it existed before)
     * @param actor who confirmed it ({@code erp} at intake, the approver of a credit hold)
     * @return the lines that ran short
     */
    public List<Shortage> confirm(SalesOrder order, ErpLocks locks, String actor, Instant now) {
        List<Shortage> shortages = order.reserve(locks::product, now);
        locks.record(actor, "reserved for " + order, order.getId(), null, now);
        events.publish(OrderEventFactory.about(order, ErpEventType.ORDER_CONFIRMED, order.getTotal(), null, null, now));
        Map<Long, PurchaseOrder> bySupplier = new LinkedHashMap<>();
        for (Shortage shortage : shortages) {
            events.publish(OrderEventFactory.about(order, ErpEventType.STOCK_SHORTAGE, null, null, shortage.describe(), now));
            Product product = locks.product(shortage.sku());
            if (product.getSupplierOrganisationId() == null) {
                LOG.warning(() -> shortage.describe() + " on " + order + ": the product has no supplier, no purchase order raised");
                continue;
            }
            bySupplier.computeIfAbsent(product.getSupplierOrganisationId(), supplier -> PurchaseOrder.forShortage(supplier, order.getId(), now))
                    .addLine(shortage.sku(), product.reorderQuantity(shortage.quantityShort()));
        }
        bySupplier.values().forEach(em::persist);
        return shortages;
    }
}
