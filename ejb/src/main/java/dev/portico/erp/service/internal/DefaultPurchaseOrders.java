package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Organisation;
import dev.portico.access.domain.OrganisationKind;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.domain.Product;
import dev.portico.erp.domain.PurchaseOrder;
import dev.portico.erp.domain.PurchaseOrderChange;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.domain.ShippingNotice;
import dev.portico.erp.service.ExpectedReceipt;
import dev.portico.erp.service.NewPurchaseOrderLine;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.NoSuchPurchaseOrderException;
import dev.portico.erp.service.PurchaseOrderDetail;
import dev.portico.erp.service.PurchaseOrderLineSummary;
import dev.portico.erp.service.PurchaseOrderSummary;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.erp.service.SupplierSummary;
import dev.portico.erp.service.UnknownSupplierException;
import dev.portico.erp.supplier.SupplierChange;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each method asks {@link AccessGuard} for its permissions and loads the purchase order through
 * the scope the {@code purchasing} grant reaches ({@link PurchaseOrderQuery}).
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPurchaseOrders implements PurchaseOrders {

    static final Permission VIEW = Permission.of("purchasing", Action.VIEW);
    static final Permission EDIT = Permission.of("purchasing", Action.EDIT);
    private static final String FROM = " FROM PurchaseOrder po, Organisation s";
    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.PurchaseOrderSummary(po.id, s.id, s.name, po.status, "
            + "po.salesOrderId, po.createdAt, po.createdBy, po.confirmedBy)" + FROM;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<PurchaseOrderSummary> list(PurchaseOrderStatus status, long beforeId, int limit) {
        // Keyset paging, newest first; a supplier's list is served by (supplier, status, id).
        return of(guard.require(VIEW))
                .and("po.id < :before", "before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .and("po.status = :status", "status", status)
                .select(SUMMARY, "po.id DESC", PurchaseOrderSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<PurchaseOrderDetail> find(long id) {
        return summary(guard.require(VIEW), id).map(this::detail);
    }

    @Override
    public List<SupplierSummary> suppliers() {
        // A supplier's user learns of no other supplier: the same scope as their purchase orders.
        return scoped.of(guard.require(VIEW), ErpScopes.SUPPLIER).and("o.kind = :supplier", "supplier", OrganisationKind.SUPPLIER)
                .select("SELECT NEW dev.portico.erp.service.SupplierSummary(o.id, o.name) FROM Organisation o", "o.name", SupplierSummary.class)
                .getResultList();
    }

    @Override
    public PurchaseOrderSummary create(long supplierId, List<NewPurchaseOrderLine> lines) {
        guard.require(DefaultProductCatalog.EDIT);
        ScopeGrant grant = guard.require(EDIT);
        Organisation supplier = em.find(Organisation.class, supplierId);
        if (supplier == null || supplier.getKind() != OrganisationKind.SUPPLIER || !grant.covers(null, null, supplier.getAlias())) {
            throw new UnknownSupplierException(supplierId);
        }
        PurchaseOrder order = PurchaseOrder.manual(supplierId, grant.caller().username(), clock.instant());
        // Locked, not only looked up: each line's foreign key takes a shared lock on its product.
        Map<String, Product> products = new ErpLocks(em).products(lines.stream().map(NewPurchaseOrderLine::sku).toList());
        for (NewPurchaseOrderLine line : lines) {
            if (!products.containsKey(line.sku())) {
                throw new NoSuchProductException(line.sku());
            }
            order.addLine(line.sku(), line.quantity());
        }
        em.persist(order);
        em.flush();
        return summary(grant, order.getId()).orElseThrow();
    }

    @Override
    public PurchaseOrderSummary confirm(long id, LocalDate promised) {
        ScopeGrant grant = guard.require(EDIT);
        PurchaseOrder order = new ErpLocks(em).purchaseOrder(load(grant, id));
        Map<String, LocalDate> dates = new TreeMap<>();
        order.getLines().forEach(line -> dates.put(line.getSku(), promised));
        order.confirm(grant.caller().username(), clock.instant(), dates, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        em.flush();
        return summary(grant, id).orElseThrow();
    }

    @Override
    public PurchaseOrderDetail decideChange(long id, boolean accept, String reason) {
        guard.require(DefaultProductCatalog.EDIT);
        ScopeGrant grant = guard.require(EDIT);
        PurchaseOrder order = new ErpLocks(em).purchaseOrder(load(grant, id));
        PurchaseOrderChange change = em.createQuery("SELECT c FROM PurchaseOrderChange c WHERE c.purchaseOrderId = :id AND c.status = :proposed",
                        PurchaseOrderChange.class)
                .setParameter("id", id)
                .setParameter("proposed", PurchaseOrderChange.Status.PROPOSED)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new OrderStateException("purchase order " + id + " has no proposed change to decide"));
        Instant now = clock.instant();
        change.decide(accept, grant.caller().username(), reason, now);
        if (accept) {
            order.acceptChange(change, now);
        }
        em.flush();
        return find(id).orElseThrow();
    }

    @Override
    public List<ExpectedReceipt> expectedReceipts(int limit) {
        List<Object[]> rows = of(guard.require(VIEW))
                .and("n.purchaseOrderId = po.id")
                .and("po.status IN :receivable", "receivable", EnumSet.of(PurchaseOrderStatus.CONFIRMED, PurchaseOrderStatus.PARTLY_RECEIVED))
                .select("SELECT n, s.name" + FROM + ", ShippingNotice n", "n.expectedOn, n.id", Object[].class)
                .setMaxResults(limit)
                .getResultList();
        Map<String, String> names = productNames(rows.stream().flatMap(r -> ((ShippingNotice) r[0]).getQuantities().keySet().stream())
                .collect(Collectors.toSet()));
        List<ExpectedReceipt> receipts = new ArrayList<>();
        for (Object[] row : rows) {
            ShippingNotice n = (ShippingNotice) row[0];
            new TreeMap<>(n.getQuantities()).forEach((sku, quantity) -> receipts.add(new ExpectedReceipt(n.getPurchaseOrderId(), (String) row[1],
                    sku, names.get(sku), quantity, n.getShippedOn(), n.getExpectedOn(), n.getCarrier(), n.getTrackingNumber())));
        }
        return receipts;
    }

    private Map<String, String> productNames(Set<String> skus) {
        Map<String, String> names = new HashMap<>();
        if (!skus.isEmpty()) {
            em.createQuery("SELECT p.sku, p.name FROM Product p WHERE p.sku IN :skus", Object[].class)
                    .setParameter("skus", skus)
                    .getResultStream()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    @Override
    public PurchaseOrderDetail receive(long id, Map<String, Integer> quantities, String note) {
        guard.require(DefaultProductCatalog.EDIT);
        ScopeGrant grant = guard.require(EDIT);
        PurchaseOrder order = load(grant, id);
        Map<String, Integer> arrived = new TreeMap<>();
        quantities.forEach((sku, quantity) -> {
            if (quantity > 0) {
                arrived.put(sku, quantity);
            }
        });
        // Every lock first, in the ERP's order: the products, the orders waiting for them, this purchase order.
        ErpLocks locks = new ErpLocks(em);
        locks.products(arrived.keySet());
        WaitingOrders waiting = WaitingOrders.lock(em, locks, arrived.keySet());
        locks.purchaseOrder(order).receive(arrived);
        String actor = grant.caller().username();
        Instant now = clock.instant();
        arrived.forEach((sku, quantity) -> locks.product(sku).receive(quantity));
        String reason = "receipt on purchase order " + id + (note == null || note.isBlank() ? "" : ": " + note.strip());
        locks.record(actor, reason, null, id, now);
        em.flush();   // the receipt's movements before the reservations it allows, in the stock history's order
        waiting.release(locks, arrived.keySet(), actor, id, now);
        em.flush();
        return find(id).orElseThrow();
    }

    private ScopedQuery of(ScopeGrant grant) {
        return scoped.of(grant, ErpScopes.PURCHASE_ORDER).and(ErpScopes.SUPPLIER_JOIN);
    }

    private Optional<PurchaseOrderSummary> summary(ScopeGrant grant, long id) {
        return of(grant).findInScope(SUMMARY, id, PurchaseOrderSummary.class);
    }

    /** The purchase order within the grant's scope; outside it, exactly what a missing id gets. */
    private PurchaseOrder load(ScopeGrant grant, long id) {
        return of(grant).findInScope("SELECT po" + FROM, id, PurchaseOrder.class).orElseThrow(() -> new NoSuchPurchaseOrderException(id));
    }

    private PurchaseOrderDetail detail(PurchaseOrderSummary order) {
        List<PurchaseOrderLineSummary> lines = em.createQuery("SELECT NEW dev.portico.erp.service.PurchaseOrderLineSummary(l.sku, p.name, "
                        + "l.quantity, l.quantityReceived, l.promisedDate) FROM PurchaseOrderLine l, Product p "
                        + "WHERE p.sku = l.sku AND l.purchaseOrder.id = :id ORDER BY l.sku", PurchaseOrderLineSummary.class)
                .setParameter("id", order.id())
                .getResultList();
        PurchaseOrderDetail.ChangeProposal change = em.createQuery(
                        "SELECT c FROM PurchaseOrderChange c WHERE c.purchaseOrderId = :id ORDER BY c.id DESC", PurchaseOrderChange.class)
                .setParameter("id", order.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(c -> new PurchaseOrderDetail.ChangeProposal(c.getId(), c.getStatus().name(), c.getNote(), c.getProposedBy(),
                        c.getProposedAt(), c.getDecidedBy(), c.getDecisionReason(),
                        c.getLines().stream().map(l -> new SupplierChange.Line(l.getSku(), l.getQuantity(), l.getPromisedDate())).toList()))
                .orElse(null);
        return new PurchaseOrderDetail(order, lines, change, DefaultSupplierPortal.notices(em, order.id()));
    }
}
