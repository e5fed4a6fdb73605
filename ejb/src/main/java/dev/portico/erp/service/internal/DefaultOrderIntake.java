package dev.portico.erp.service.internal;

import dev.portico.contract.ErpEventType;
import dev.portico.contract.OrderSubmitted;
import dev.portico.erp.domain.CreditCheck;
import dev.portico.erp.domain.ErpCustomer;
import dev.portico.erp.domain.Product;
import dev.portico.erp.domain.SalesOrder;
import dev.portico.erp.port.IntakeOutcome;
import dev.portico.erp.port.OrderEvents;
import dev.portico.erp.port.OrderIntake;
import dev.portico.erp.port.UnknownProductException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The built-in ERP's order intake: lock the customer (mapping it on its first order) and the
 * ordered products, check the customer's credit, then hold the order or confirm it and reserve
 * its stock. Both locks come before the order's rows are inserted: a line's foreign key to its
 * product would otherwise take a shared lock first (see {@link ErpLocks}). A quote that already
 * has an order is left alone (the unique quote id backs this up: of two racing messages for one
 * quote, the second fails its insert, is redelivered and then finds the order).
 */
@Stateless
@RolesAllowed(OrderIntake.ROLE)
public class DefaultOrderIntake implements OrderIntake {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @EJB
    private CustomerMapping customers;

    @EJB
    private StockAllocation allocation;

    @EJB
    private OrderEvents events;

    private final Clock clock = Clock.systemUTC();

    @Override
    public IntakeOutcome submit(OrderSubmitted submitted) {
        if (hasOrder(submitted.quoteId())) {
            return IntakeOutcome.ALREADY_RECEIVED;
        }
        Instant now = clock.instant();
        ErpLocks locks = new ErpLocks(em);
        ErpCustomer customer = locks.customerOf(submitted.crmAccountId(), submitted.account(), submitted.signedAt(), now);
        Map<String, Product> products = locks.products(submitted.lines().stream().map(OrderSubmitted.Line::sku).toList());
        submitted.lines().forEach(line -> {
            if (!products.containsKey(line.sku())) {
                throw new UnknownProductException(line.sku(), submitted.quoteId());
            }
        });
        SalesOrder order = SalesOrder.receive(submitted.quoteId(), customer, submitted.currency(), submitted.signedBy(),
                submitted.signedAt(), now);
        submitted.lines().forEach(line -> order.addLine(line.sku(), line.quantity(), line.unitPrice()));
        CreditCheck check = customer.checkCredit(customers.openOrdersTotal(customer), order.getTotal());
        boolean confirmed = order.applyCreditCheck(check, now);
        em.persist(order);
        em.flush();
        if (!confirmed) {
            events.publish(OrderEventFactory.about(order, ErpEventType.ORDER_ON_CREDIT_HOLD, order.getTotal(), customer.getBalance(),
                    order.getHoldReason(), now));
            return IntakeOutcome.CREDIT_HOLD;
        }
        return allocation.confirm(order, locks, "erp", now).isEmpty() ? IntakeOutcome.CONFIRMED : IntakeOutcome.CONFIRMED_WITH_SHORTAGE;
    }

    private boolean hasOrder(long quoteId) {
        List<Long> ids = em.createQuery("SELECT o.id FROM SalesOrder o WHERE o.quoteId = :quote", Long.class)
                .setParameter("quote", quoteId)
                .getResultList();
        return !ids.isEmpty();
    }
}
