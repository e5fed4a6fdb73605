package dev.portico.erp.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.domain.Product;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.executable.ValidateOnExecution;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The catalogue. Products are company-wide (no data scope narrower than the permission itself).
 * Stock changes take the product's row lock, as reservations do, so a count cannot race an order.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultProductCatalog implements ProductCatalog {

    private static final Logger LOG = Logger.getLogger(DefaultProductCatalog.class.getName());

    static final Permission VIEW = Permission.of("products", Action.VIEW);
    static final Permission EDIT = Permission.of("products", Action.EDIT);

    private static final String SUMMARY = "SELECT NEW dev.portico.erp.service.ProductSummary(p.sku, p.name, p.unitPrice, "
            + "p.currency, p.stockOnHand, p.reserved, p.stockOnHand - p.reserved, p.reorderLevel) FROM Product p";

    @EJB
    private AccessGuard guard;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public List<ProductSummary> list(String search, String afterSku, int limit) {
        guard.require(VIEW);
        boolean filtered = search != null && !search.isBlank();
        TypedQuery<ProductSummary> query = em.createQuery(SUMMARY + " WHERE p.sku > :after"
                        + (filtered ? " AND (LOWER(p.name) LIKE :search ESCAPE '\\' OR LOWER(p.sku) LIKE :search ESCAPE '\\')" : "")
                        + " ORDER BY p.sku", ProductSummary.class)
                .setParameter("after", afterSku)
                .setMaxResults(limit);
        if (filtered) {
            query.setParameter("search", "%" + escapeLike(search.strip().toLowerCase()) + "%");
        }
        return query.getResultList();
    }

    @Override
    public Optional<ProductSummary> find(String sku) {
        guard.require(VIEW);
        return em.createQuery(SUMMARY + " WHERE p.sku = :sku", ProductSummary.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    @Override
    public ProductSummary adjustStock(String sku, int delta, String reason) {
        ScopeGrant grant = guard.require(EDIT);
        Product product = locked(sku);
        product.adjustStock(delta);
        LOG.info(() -> grant.caller().username() + " adjusted stock of " + sku + " by " + delta + ": " + reason);
        return summary(product);
    }

    @Override
    public ProductSummary changePrice(String sku, BigDecimal unitPrice) {
        guard.require(EDIT);
        Product product = locked(sku);
        product.changePrice(unitPrice);
        return summary(product);
    }

    private Product locked(String sku) {
        Product product = em.find(Product.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (product == null) {
            throw new NoSuchProductException(sku);
        }
        return product;
    }

    private static ProductSummary summary(Product p) {
        return new ProductSummary(p.getSku(), p.getName(), p.getUnitPrice(), p.getCurrency(), p.getStockOnHand(), p.getReserved(),
                p.available(), p.getReorderLevel());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
