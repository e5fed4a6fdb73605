package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.PurchaseOrder;
import dev.portico.erp.domain.PurchaseOrderChange;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.domain.ShippingNotice;
import dev.portico.erp.service.NoSuchPurchaseOrderException;
import dev.portico.erp.supplier.Forecast;
import dev.portico.erp.supplier.NewShippingNotice;
import dev.portico.erp.supplier.ProposedLine;
import dev.portico.erp.supplier.ShippingNoticeView;
import dev.portico.erp.supplier.SupplierChange;
import dev.portico.erp.supplier.SupplierOrder;
import dev.portico.erp.supplier.SupplierOrderDetail;
import dev.portico.erp.supplier.SupplierOrderLine;
import dev.portico.erp.supplier.SupplierPortal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The supplier's purchasing, read straight into the supplier's types. Every purchase order is
 * loaded through the {@code purchasing} scope (ORGANISATION for a supplier's users), so another
 * supplier's order is "no such purchase order", like a missing one.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultSupplierPortal implements SupplierPortal {

    private static final String FROM = " FROM PurchaseOrder po, Organisation s";
    /** Sales orders whose goods have not left yet: the demand a supplier's products must still meet. */
    private static final EnumSet<OrderStatus> OPEN_DEMAND = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.CREDIT_HOLD, OrderStatus.CONFIRMED);

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<SupplierOrder> orders(int limit) {
        List<PurchaseOrder> orders = of(guard.require(DefaultPurchaseOrders.VIEW))
                .select("SELECT po" + FROM, "po.id DESC", PurchaseOrder.class)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, Boolean> proposed = proposedChanges(orders.stream().map(PurchaseOrder::getId).toList());
        return orders.stream().map(po -> summary(po, proposed.getOrDefault(po.getId(), false))).toList();
    }

    @Override
    public Optional<SupplierOrderDetail> find(long id) {
        return of(guard.require(DefaultPurchaseOrders.VIEW)).findInScope("SELECT po" + FROM, id, PurchaseOrder.class).map(this::detail);
    }

    @Override
    public SupplierOrderDetail confirm(long id, Map<String, LocalDate> promised) {
        ScopeGrant grant = guard.require(DefaultPurchaseOrders.EDIT);
        PurchaseOrder order = new ErpLocks(em).purchaseOrder(load(grant, id));
        requireNoProposal(order);
        order.confirm(grant.caller().username(), clock.instant(), promised, today());
        em.flush();
        return detail(order);
    }

    @Override
    public SupplierOrderDetail proposeChange(long id, List<ProposedLine> lines, String note) {
        ScopeGrant grant = guard.require(DefaultPurchaseOrders.EDIT);
        PurchaseOrder order = new ErpLocks(em).purchaseOrder(load(grant, id));
        requireNoProposal(order);
        em.persist(PurchaseOrderChange.propose(order, grant.caller().username(), clock.instant(), note,
                lines.stream().map(l -> new PurchaseOrderChange.Line(l.sku(), l.quantity(), l.promisedDate())).toList(), today()));
        em.flush();
        return detail(order);
    }

    @Override
    public SupplierOrderDetail notifyShipment(long id, NewShippingNotice notice) {
        ScopeGrant grant = guard.require(DefaultPurchaseOrders.EDIT);
        PurchaseOrder order = new ErpLocks(em).purchaseOrder(load(grant, id));
        em.persist(ShippingNotice.announce(order, notice.shippedOn(), notice.expectedOn(), notice.carrier(), notice.trackingNumber(),
                notice.quantities(), grant.caller().username(), clock.instant()));
        em.flush();
        return detail(order);
    }

    @Override
    public Forecast forecast(int weeks) {
        ScopeGrant grant = guard.require(DefaultPurchaseOrders.VIEW);
        List<Object[]> products = scoped.of(grant, ErpScopes.SUPPLIED_PRODUCT).and(ErpScopes.PRODUCT_SUPPLIER_JOIN)
                .select("SELECT p.sku, p.name, p.stockOnHand, p.reserved, p.reorderLevel FROM Product p, Organisation s", "p.sku", Object[].class)
                .setMaxResults(500)
                .getResultList();
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> starts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            starts.add(monday.plusWeeks(w));
        }
        if (products.isEmpty()) {
            return new Forecast(starts, List.of());
        }
        List<String> skus = products.stream().map(r -> (String) r[0]).toList();
        Map<String, Long> demand = new HashMap<>();
        em.createQuery("SELECT l.sku, SUM(l.quantity) FROM SalesOrderLine l WHERE l.order.status IN :open AND l.sku IN :skus "
                        + "GROUP BY l.sku", Object[].class)
                .setParameter("open", OPEN_DEMAND)
                .setParameter("skus", skus)
                .getResultStream()
                .forEach(r -> demand.put((String) r[0], ((Number) r[1]).longValue()));
        // What confirmed purchase orders still bring, by the week of its promised date (late promises count this week).
        Map<String, long[]> inbound = new HashMap<>();
        em.createQuery("SELECT l.sku, l.promisedDate, SUM(l.quantity - l.quantityReceived) FROM PurchaseOrderLine l "
                        + "WHERE l.purchaseOrder.status IN :receivable AND l.promisedDate IS NOT NULL AND l.sku IN :skus "
                        + "GROUP BY l.sku, l.promisedDate", Object[].class)
                .setParameter("receivable", EnumSet.of(PurchaseOrderStatus.CONFIRMED, PurchaseOrderStatus.PARTLY_RECEIVED))
                .setParameter("skus", skus)
                .getResultStream()
                .forEach(r -> {
                    long week = Math.max(0, ChronoUnit.WEEKS.between(monday, (LocalDate) r[1]));
                    if (week < weeks) {
                        inbound.computeIfAbsent((String) r[0], k -> new long[weeks])[(int) week] += ((Number) r[2]).longValue();
                    }
                });
        List<Forecast.Row> rows = new ArrayList<>();
        for (Object[] p : products) {
            String sku = (String) p[0];
            int onHand = (Integer) p[2];
            int open = demand.getOrDefault(sku, 0L).intValue();
            long[] arriving = inbound.getOrDefault(sku, new long[weeks]);
            List<Integer> in = new ArrayList<>();
            List<Integer> projected = new ArrayList<>();
            long available = (long) onHand - open;
            for (int w = 0; w < weeks; w++) {
                available += arriving[w];
                in.add((int) arriving[w]);
                projected.add((int) available);
            }
            rows.add(new Forecast.Row(sku, (String) p[1], onHand, (Integer) p[3], (Integer) p[4], open, in, projected));
        }
        return new Forecast(starts, rows);
    }

    private void requireNoProposal(PurchaseOrder order) {
        if (Boolean.TRUE.equals(proposedChanges(List.of(order.getId())).get(order.getId()))) {
            throw new OrderStateException("purchase order " + order.getId()
                    + " has a proposed change waiting for the company's answer");
        }
    }

    private Map<Long, Boolean> proposedChanges(List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.purchaseOrderId FROM PurchaseOrderChange c WHERE c.purchaseOrderId IN :ids AND c.status = :proposed",
                        Long.class)
                .setParameter("ids", orderIds)
                .setParameter("proposed", PurchaseOrderChange.Status.PROPOSED)
                .getResultStream()
                .collect(Collectors.toMap(id -> id, id -> true, (a, b) -> a));
    }

    private SupplierOrder summary(PurchaseOrder po, boolean changeProposed) {
        LocalDate promisedBy = po.getLines().stream().map(l -> l.getPromisedDate()).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
        return new SupplierOrder(po.getId(), po.getStatus(), po.getCreatedAt(), po.getLines().size(), promisedBy, changeProposed);
    }

    private SupplierOrderDetail detail(PurchaseOrder po) {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT p.sku, p.name FROM Product p WHERE p.sku IN :skus", Object[].class)
                .setParameter("skus", po.getLines().stream().map(l -> l.getSku()).toList())
                .getResultStream()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        List<SupplierOrderLine> lines = po.getLines().stream()
                .sorted(Comparator.comparing(l -> l.getSku()))
                .map(l -> new SupplierOrderLine(l.getSku(), names.get(l.getSku()), l.getQuantity(), l.getQuantityReceived(), l.getPromisedDate()))
                .toList();
        SupplierChange change = latestChange(po.getId())
                .map(c -> new SupplierChange(c.getStatus().name(), c.getNote(), c.getProposedAt(), c.getDecisionReason(), c.getDecidedAt(),
                        c.getLines().stream().map(l -> new SupplierChange.Line(l.getSku(), l.getQuantity(), l.getPromisedDate())).toList()))
                .orElse(null);
        boolean proposed = change != null && PurchaseOrderChange.Status.PROPOSED.name().equals(change.status());
        return new SupplierOrderDetail(summary(po, proposed), lines, change, notices(em, po.getId()));
    }

    private Optional<PurchaseOrderChange> latestChange(long orderId) {
        return em.createQuery("SELECT c FROM PurchaseOrderChange c WHERE c.purchaseOrderId = :id ORDER BY c.id DESC", PurchaseOrderChange.class)
                .setParameter("id", orderId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The order's shipping notices, oldest first: what the supplier sent and the warehouse expects alike. */
    static List<ShippingNoticeView> notices(EntityManager em, long orderId) {
        return em.createQuery("SELECT n FROM ShippingNotice n WHERE n.purchaseOrderId = :id ORDER BY n.id", ShippingNotice.class)
                .setParameter("id", orderId)
                .getResultStream()
                .map(DefaultSupplierPortal::view)
                .toList();
    }

    static ShippingNoticeView view(ShippingNotice n) {
        return new ShippingNoticeView(n.getId(), n.getPurchaseOrderId(), n.getShippedOn(), n.getExpectedOn(), n.getCarrier(),
                n.getTrackingNumber(), n.getQuantities());
    }

    private ScopedQuery of(ScopeGrant grant) {
        return scoped.of(grant, ErpScopes.PURCHASE_ORDER).and(ErpScopes.SUPPLIER_JOIN);
    }

    private PurchaseOrder load(ScopeGrant grant, long id) {
        return of(grant).findInScope("SELECT po" + FROM, id, PurchaseOrder.class).orElseThrow(() -> new NoSuchPurchaseOrderException(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
