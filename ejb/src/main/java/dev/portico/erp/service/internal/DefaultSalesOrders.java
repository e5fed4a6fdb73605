package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.contract.ErpEventType;
import dev.portico.erp.domain.Invoice;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.Payment;
import dev.portico.erp.domain.SalesOrder;
import dev.portico.erp.domain.SalesOrderLine;
import dev.portico.erp.domain.Shipment;
import dev.portico.erp.port.OrderEvents;
import dev.portico.erp.service.NoSuchOrderException;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.SalesOrders;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each method asks {@link AccessGuard} for its permission and loads the order through the scope
 * that permission reaches, then lets the order apply the change and publishes the event in the
 * same transaction. {@code @PermitAll}: who holds which permission is the policy's business.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultSalesOrders implements SalesOrders {

    static final Permission VIEW = Permission.of("orders", Action.VIEW);
    static final Permission EDIT = Permission.of("orders", Action.EDIT);
    static final Permission APPROVE = Permission.of("orders", Action.APPROVE);
    static final Permission FINANCE_EDIT = Permission.of("finance", Action.EDIT);

    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.OrderSummary(o.id, o.quoteId, o.crmAccountId, "
            + "o.status, o.total, o.amountPaid, o.currency, o.receivedAt, o.holdReason, o.approvedBy) FROM SalesOrder o";

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @EJB
    private StockAllocation allocation;

    @EJB
    private OrderEvents events;

    /** An invoice falls due after the partner's payment days. */
    @Inject
    private PartnerPricing pricing;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<OrderSummary> find(long orderId) {
        return scoped.of(guard.require(VIEW), ErpScopes.SALES_ORDER).findInScope(SUMMARY, orderId, OrderSummary.class);
    }

    @Override
    public Optional<OrderSummary> findByQuote(long quoteId) {
        return scoped.of(guard.require(VIEW), ErpScopes.SALES_ORDER).and("o.quoteId = :quote", "quote", quoteId)
                .select(SUMMARY, "", OrderSummary.class).getResultStream().findFirst();
    }

    @Override
    public List<OrderSummary> list(OrderStatus status, long afterId, int limit) {
        // Keyset paging on the id; with a status, the (status, id) index serves it.
        return scoped.of(guard.require(VIEW), ErpScopes.SALES_ORDER)
                .and("o.status = :status", "status", status)
                .and("o.id > :after", "after", afterId)
                .select(SUMMARY, "o.id", OrderSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public OrderSummary approveCreditHold(long orderId, String reason) {
        ScopeGrant grant = guard.require(APPROVE);
        ErpLocks locks = new ErpLocks(em);
        SalesOrder order = lockForCustomer(locks, load(grant, orderId));
        Instant now = clock.instant();
        order.approveCreditHold(grant.caller().username(), reason, now);
        allocation.confirm(order, locks, grant.caller().username(), now);
        return summary(order);
    }

    @Override
    public OrderSummary ship(long orderId) {
        return ship(orderId, null, null);
    }

    @Override
    public OrderSummary ship(long orderId, String carrier, String trackingNumber) {
        // Goods leave the warehouse: a stock movement, so the warehouse's products:edit as well.
        guard.require(DefaultProductCatalog.EDIT);
        ScopeGrant grant = guard.require(EDIT);
        ErpLocks locks = new ErpLocks(em);
        SalesOrder order = lockForCustomer(locks, load(grant, orderId));
        Instant now = clock.instant();
        // Stock may have arrived since the order ran short: top its reservations up first.
        order.reserve(locks::product, now);
        Shipment shipment = order.ship(locks::product, grant.caller().username(), now, carrier, trackingNumber);
        em.persist(shipment);
        em.flush();
        locks.record(grant.caller().username(), "shipment " + shipment.getId() + " of " + order, order.getId(), null, now);
        // The detail is what the customer tracks the parcel by: carrier and tracking number when given.
        String detail = shipment.getCarrier() == null ? "shipment " + shipment.getId()
                : (shipment.getCarrier() + " " + (shipment.getTrackingNumber() == null ? "" : shipment.getTrackingNumber())).strip();
        events.publish(OrderEventFactory.about(order, ErpEventType.SHIPPED, null, null, detail, now));
        return summary(order);
    }

    @Override
    public OrderSummary invoice(long orderId) {
        ScopeGrant grant = guard.require(FINANCE_EDIT);
        SalesOrder order = lockCustomerAndOrder(new ErpLocks(em), load(grant, orderId));
        Instant now = clock.instant();
        Invoice invoice = order.invoice(grant.caller().username(), now, pricing.paymentDays(order.getCustomer().getPartnerAlias()));
        em.persist(invoice);
        em.flush();
        events.publish(OrderEventFactory.about(order, ErpEventType.INVOICED, invoice.getAmount(),
                order.getCustomer().getBalance(), "invoice " + invoice.getId(), now));
        return summary(order);
    }

    @Override
    public OrderSummary recordPayment(long orderId, BigDecimal amount) {
        ScopeGrant grant = guard.require(FINANCE_EDIT);
        SalesOrder order = lockCustomerAndOrder(new ErpLocks(em), load(grant, orderId));
        Instant now = clock.instant();
        Invoice invoice = em.createQuery("SELECT i FROM Invoice i WHERE i.order = :order", Invoice.class)
                .setParameter("order", order)
                .getResultStream().findFirst()
                .orElse(null);
        Payment payment = order.pay(invoice, amount, grant.caller().username(), now);
        em.persist(payment);
        events.publish(OrderEventFactory.about(order, ErpEventType.PAYMENT_RECEIVED, payment.getAmount(),
                order.getCustomer().getBalance(), order.getStatus() == OrderStatus.PAID ? "paid in full" : null, now));
        return summary(order);
    }

    /*
     * Every change of an order's row locks its customer first: InnoDB checks the order's foreign
     * key to erp_customer on the UPDATE and takes a shared lock on the customer for it (seen in
     * MariaDB's deadlock report: a shipment's UPDATE sales_order waiting for S on erp_customer
     * while an order intake held the customer and waited for the shipment's product).
     */

    /** Invoices and payments move the customer's balance: the customer, then the order. */
    private static SalesOrder lockCustomerAndOrder(ErpLocks locks, SalesOrder order) {
        locks.customer(order.getCustomer());
        return locks.salesOrder(order);
    }

    /** Shipping moves stock, releasing a hold adds to the open credit and reserves stock: customer, products, order. */
    private static SalesOrder lockForCustomer(ErpLocks locks, SalesOrder order) {
        locks.customer(order.getCustomer());
        locks.products(skus(order));
        return locks.salesOrder(order);
    }

    private static List<String> skus(SalesOrder order) {
        return order.getLines().stream().map(SalesOrderLine::getSku).toList();
    }

    /** The order within the grant's scope; outside it, exactly what a missing id gets. */
    private SalesOrder load(ScopeGrant grant, long orderId) {
        return scoped.of(grant, ErpScopes.SALES_ORDER).findInScope("SELECT o FROM SalesOrder o", orderId, SalesOrder.class)
                .orElseThrow(() -> new NoSuchOrderException(orderId));
    }

    private static OrderSummary summary(SalesOrder order) {
        return new OrderSummary(order.getId(), order.getQuoteId(), order.getCustomer().getCrmAccountId(), order.getStatus(),
                order.getTotal(), order.getAmountPaid(), order.getCurrency(), order.getReceivedAt(), order.getHoldReason(),
                order.getApprovedBy());
    }
}
