package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.contract.CatalogueEvent;
import dev.portico.erp.domain.Product;
import dev.portico.erp.port.CatalogueEvents;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductRecord;
import dev.portico.erp.service.ProductSummary;
import dev.portico.erp.service.StockCountRefusedException;
import dev.portico.erp.service.StockMovementSummary;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.persistence.Like;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalogue. Products are company-wide (no data scope narrower than the permission itself).
 * Stock changes take the product's row lock, as reservations do, so a count cannot race an order,
 * and store the movement with who made it and why.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultProductCatalog implements ProductCatalog {

    static final Permission VIEW = Permission.of("products", Action.VIEW);
    static final Permission EDIT = Permission.of("products", Action.EDIT);

    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.ProductSummary(p.sku, p.name, p.unitPrice, "
            + "p.currency, p.stockOnHand, p.reserved, p.stockOnHand - p.reserved, p.reorderLevel, p.discontinuedAt) FROM Product p";
    private static final String SEARCH = "(LOWER(p.name) LIKE :search" + Like.ESCAPE + " OR LOWER(p.sku) LIKE :search" + Like.ESCAPE + ")";

    /** The fields a page may be sorted by: only these reach ORDER BY, so a tampered field cannot reach SQL. */
    private static final Map<String, String> SORTS = Map.of("sku", "p.sku", "name", "p.name", "unitPrice", "p.unitPrice",
            "stockOnHand", "p.stockOnHand", "reserved", "p.reserved", "available", "p.stockOnHand - p.reserved",
            "reorderLevel", "p.reorderLevel");

    @EJB
    private AccessGuard guard;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Announces products added and prices changed, in the transaction of the change (the CRM's price list follows). */
    @EJB
    private CatalogueEvents catalogue;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<ProductSummary> list(String search, String afterSku, int limit) {
        guard.require(VIEW);
        return searched(SUMMARY + " WHERE p.sku > :after", search, " ORDER BY p.sku", ProductSummary.class)
                .setParameter("after", afterSku)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String search) {
        guard.require(VIEW);
        return searched("SELECT COUNT(p) FROM Product p WHERE 1 = 1", search, "", Long.class).getSingleResult();
    }

    @Override
    public List<ProductSummary> page(String search, PageRequest page) {
        guard.require(VIEW);
        String sort = SORTS.getOrDefault(page.sortField() == null ? "sku" : page.sortField(), "p.sku");
        String direction = page.descending() ? " DESC" : "";
        return searched(SUMMARY + " WHERE 1 = 1", search, " ORDER BY " + sort + direction + ", p.sku" + direction,
                ProductSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public Optional<ProductSummary> find(String sku) {
        guard.require(VIEW);
        return em.createQuery(SUMMARY + " WHERE p.sku = :sku", ProductSummary.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    @Override
    public List<StockMovementSummary> movements(String sku, int limit) {
        guard.require(VIEW);
        return em.createQuery("SELECT NEW dev.portico.erp.service.StockMovementSummary(m.id, m.sku, m.kind, m.onHandChange, "
                        + "m.reservedChange, m.onHandAfter, m.reservedAfter, m.actor, m.reason, m.salesOrderId, m.purchaseOrderId, "
                        + "m.occurredAt) FROM StockMovement m WHERE m.sku = :sku ORDER BY m.id DESC", StockMovementSummary.class)
                .setParameter("sku", sku)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public ProductSummary adjustStock(String sku, int delta, String reason) {
        ScopeGrant grant = guard.require(EDIT);
        ErpLocks locks = new ErpLocks(em);
        Product product = existing(locks, sku);
        product.adjustStock(delta);
        locks.record(grant.caller().username(), reason.strip(), null, null, clock.instant());
        return summary(product);
    }

    @Override
    public int importProducts(List<ProductRecord> records, String reason) {
        ScopeGrant grant = guard.require(EDIT);
        ErpLocks locks = new ErpLocks(em);
        Map<String, Product> known = locks.products(records.stream().map(ProductRecord::sku).toList());
        // Checked under the locks: an order that reserved since the caller last looked is counted.
        Map<String, String> refused = new TreeMap<>();
        for (ProductRecord record : records) {
            Product product = known.get(record.sku());
            if (product != null && record.stockOnHand() < product.getReserved()) {
                refused.put(record.sku(), "stock_on_hand " + record.stockOnHand() + " is below the " + product.getReserved()
                        + " already reserved for orders of " + product.getSku());
            }
        }
        if (!refused.isEmpty()) {
            throw new StockCountRefusedException(refused);
        }
        int revised = 0;
        Instant now = clock.instant();
        for (ProductRecord record : records) {
            Product product = known.get(record.sku());
            if (product == null) {
                product = new Product(record.sku(), record.name(), record.unitPrice(), record.currency(), 0, record.reorderLevel(),
                        record.supplierOrganisationId());
                em.persist(product);
                locks.created(product);
                announce(CatalogueEvent.Kind.PRODUCT_ADDED, product, now);
            } else {
                String before = product.getName() + " " + product.getUnitPrice().toPlainString() + " " + product.getCurrency();
                product.revise(record.name(), record.currency(), record.reorderLevel(), record.supplierOrganisationId());
                product.changePrice(record.unitPrice());
                if (product.relist()) {
                    // A feed that states a discontinued product sells it again: the CRM hears of it as added.
                    announce(CatalogueEvent.Kind.PRODUCT_ADDED, product, now);
                } else if (!before.equals(product.getName() + " " + product.getUnitPrice().toPlainString() + " " + product.getCurrency())) {
                    announce(CatalogueEvent.Kind.PRICE_CHANGED, product, now);
                }
                revised++;
            }
            int delta = record.stockOnHand() - product.getStockOnHand();
            if (delta != 0) {
                product.adjustStock(delta);
            }
        }
        // New products first: a movement names its product by a foreign key EclipseLink does not know of.
        em.flush();
        locks.record(grant.caller().username(), reason, null, null, clock.instant());
        return revised;
    }

    @Override
    public ProductSummary changePrice(String sku, BigDecimal unitPrice) {
        guard.require(EDIT);
        Product product = existing(new ErpLocks(em), sku);
        if (product.getUnitPrice().compareTo(unitPrice) != 0) {
            product.changePrice(unitPrice);
            announce(CatalogueEvent.Kind.PRICE_CHANGED, product, clock.instant());
        }
        return summary(product);
    }

    @Override
    public ProductSummary discontinue(String sku) {
        guard.require(EDIT);
        Product product = existing(new ErpLocks(em), sku);
        Instant now = clock.instant();
        if (product.discontinue(now)) {
            announce(CatalogueEvent.Kind.PRODUCT_DISCONTINUED, product, now);
        }
        return summary(product);
    }

    private void announce(CatalogueEvent.Kind kind, Product product, Instant now) {
        catalogue.publish(CatalogueEvent.of(kind, product.getSku(), product.getName(), product.getUnitPrice(), product.getCurrency(), now));
    }

    private <T> TypedQuery<T> searched(String selectWhere, String search, String orderBy, Class<T> type) {
        boolean filtered = search != null && !search.isBlank();
        TypedQuery<T> query = em.createQuery(selectWhere + (filtered ? " AND " + SEARCH : "") + orderBy, type);
        if (filtered) {
            query.setParameter("search", Like.containing(search.toLowerCase()));
        }
        return query;
    }

    private static Product existing(ErpLocks locks, String sku) {
        Product product = locks.products(List.of(sku)).get(sku);
        if (product == null) {
            throw new NoSuchProductException(sku);
        }
        return product;
    }

    static ProductSummary summary(Product p) {
        return new ProductSummary(p.getSku(), p.getName(), p.getUnitPrice(), p.getCurrency(), p.getStockOnHand(), p.getReserved(),
                p.available(), p.getReorderLevel(), p.getDiscontinuedAt());
    }

}
