package dev.portico.erp.service.internal;

import dev.portico.contract.AccountScope;
import dev.portico.erp.domain.ErpCustomer;
import dev.portico.erp.domain.Product;
import dev.portico.erp.domain.PurchaseOrder;
import dev.portico.erp.domain.SalesOrder;
import dev.portico.erp.service.internal.LockOrder.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.persistence.config.CascadePolicy;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The only way a use case of the ERP gets a customer, a product, a sales order or a purchase
 * order for writing: locked exclusively ({@code SELECT … FOR UPDATE}) for the rest of the
 * transaction and read fresh, in the one order of {@link LockOrder} — customer, products by SKU,
 * sales orders by id, purchase orders by id. A use case takes every lock it needs first and then
 * changes things: an insert whose foreign key names a row (an order line naming a product, a
 * movement naming a purchase order) takes a shared lock on it, and a shared lock followed by an
 * exclusive one is how two transactions deadlock (issue 16). The operation ends with
 * {@link #record}, which stores every stock movement the locked products made, with who asked
 * and why: no stock change goes unrecorded.
 *
 * <p>Fresh reads rely on the datasource's READ COMMITTED isolation (portico.cli): after the lock,
 * the order's lines and reservations are read as committed now, not as of the transaction's first read.
 */
public final class ErpLocks {

    /** The message's copy of the account's scope is newer than the stored one (or the first). */
    private static final String NEWER = "VALUES(scope_as_of) IS NOT NULL AND (scope_as_of IS NULL OR VALUES(scope_as_of) >= scope_as_of)";

    private final EntityManager em;
    private final LockOrder order = new LockOrder();
    private final Map<String, Product> products = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    ErpLocks(EntityManager em) {
        this.em = em;
    }

    /**
     * The customer for a CRM account, created with the default credit limit on its first order.
     * An upsert rather than read-then-insert, so two first orders of a new customer arriving
     * together map it once; ON DUPLICATE KEY UPDATE rather than INSERT IGNORE, because InnoDB
     * takes an exclusive lock on the existing row for it, where INSERT IGNORE takes a shared one
     * (two orders holding shared locks and both asking for the exclusive one deadlocked).
     */
    ErpCustomer customerOf(long crmAccountId, AccountScope scope, Instant scopeAsOf, Instant now) {
        // The account's scope attributes are the CRM's, as of the signature: an older message
        // (a redelivery, a replay from the dead-letter queue) never overwrites a newer copy.
        // MariaDB assigns left to right, so scope_as_of moves last, after the tests that read it.
        em.createNativeQuery("INSERT INTO erp_customer (crm_account_id, credit_limit, balance, created_at, "
                        + "territory, owner_username, partner_alias, scope_as_of) VALUES (?, ?, 0, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE"
                        + " territory = IF(" + NEWER + ", VALUES(territory), territory),"
                        + " owner_username = IF(" + NEWER + ", VALUES(owner_username), owner_username),"
                        + " partner_alias = IF(" + NEWER + ", VALUES(partner_alias), partner_alias),"
                        + " scope_as_of = IF(" + NEWER + ", VALUES(scope_as_of), scope_as_of)")
                .setParameter(1, crmAccountId)
                .setParameter(2, ErpCustomer.DEFAULT_CREDIT_LIMIT)
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, scope.territory())
                .setParameter(5, scope.ownerUsername())
                .setParameter(6, scope.partnerAlias())
                .setParameter(7, scope == AccountScope.UNKNOWN ? null : Timestamp.from(scopeAsOf))
                .executeUpdate();
        ErpCustomer customer = em.createQuery("SELECT c FROM ErpCustomer c WHERE c.crmAccountId = :account", ErpCustomer.class)
                .setParameter("account", crmAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getSingleResult();
        order.next(Kind.CUSTOMER, customer.getId());
        return customer;
    }

    /** A known customer (an order's), locked and refreshed. */
    ErpCustomer customer(ErpCustomer customer) {
        order.next(Kind.CUSTOMER, customer.getId());
        return locking("SELECT c FROM ErpCustomer c WHERE c.id IN :ids", ErpCustomer.class, List.of(customer.getId())).get(0);
    }

    /**
     * Locks the products of {@code skus} in one statement, in SKU order (InnoDB walks the primary
     * key of an IN list ascending), and returns those that exist, by SKU. SKUs compare as the
     * database compares them, without regard to case.
     */
    Map<String, Product> products(Collection<String> skus) {
        TreeSet<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(skus);
        wanted.removeAll(products.keySet());
        if (!wanted.isEmpty()) {
            order.next(Kind.PRODUCT, wanted.first().toLowerCase(Locale.ROOT));
            locking("SELECT p FROM Product p WHERE p.sku IN :ids ORDER BY p.sku", Product.class, wanted)
                    .forEach(product -> products.put(product.getSku(), product));
            order.next(Kind.PRODUCT, wanted.last().toLowerCase(Locale.ROOT));
        }
        Map<String, Product> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        skus.forEach(sku -> {
            if (products.containsKey(sku)) {
                found.put(sku, products.get(sku));
            }
        });
        return found;
    }

    /** A product this use case has just created (its new row is its own): its movements are recorded too. */
    void created(Product product) {
        products.put(product.getSku(), product);
    }

    /** A product this use case has already locked (with {@link #products}). */
    Product product(String sku) {
        Product product = products.get(sku);
        if (product == null) {
            throw new IllegalStateException("product " + sku + " was not locked up front (ErpLocks.products)");
        }
        return product;
    }

    /** Sales orders already read (through a scope, say), locked in id order and refreshed, lines and reservations too. */
    List<SalesOrder> salesOrders(Collection<SalesOrder> orders) {
        TreeSet<Long> ids = new TreeSet<>(orders.stream().map(SalesOrder::getId).toList());
        if (ids.isEmpty()) {
            return List.of();
        }
        order.next(Kind.SALES_ORDER, ids.first());
        List<SalesOrder> locked = locking("SELECT o FROM SalesOrder o WHERE o.id IN :ids ORDER BY o.id", SalesOrder.class, ids);
        order.next(Kind.SALES_ORDER, ids.last());
        return locked;
    }

    SalesOrder salesOrder(SalesOrder salesOrder) {
        return salesOrders(List.of(salesOrder)).get(0);
    }

    PurchaseOrder purchaseOrder(PurchaseOrder purchaseOrder) {
        order.next(Kind.PURCHASE_ORDER, purchaseOrder.getId());
        return locking("SELECT o FROM PurchaseOrder o WHERE o.id IN :ids", PurchaseOrder.class, List.of(purchaseOrder.getId())).get(0);
    }

    /**
     * {@code SELECT … FOR UPDATE}, refreshing what the persistence context already holds, along
     * the mappings that cascade a refresh (an order's lines and their reservations). A query
     * rather than {@code em.refresh(entity, PESSIMISTIC_WRITE)}: with EclipseLink that refresh
     * took no lock (ErpContentionIT still deadlocked on the order's UPDATE).
     */
    private <T> List<T> locking(String jpql, Class<T> type, Collection<?> ids) {
        return em.createQuery(jpql, type)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .setHint(QueryHints.REFRESH_CASCADE, CascadePolicy.CascadeByMapping)
                .getResultList();
    }

    /** Stores the movements of every product locked so far, attributed to {@code actor} and {@code reason}. */
    void record(String actor, String reason, Long salesOrderId, Long purchaseOrderId, Instant now) {
        products.values().stream()
                .flatMap(product -> product.takeMovements().stream())
                .map(movement -> movement.attribute(actor, reason, salesOrderId, purchaseOrderId, now))
                .forEach(em::persist);
    }
}
