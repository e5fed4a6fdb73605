package dev.portico.erp.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.erp.partner.Availability;
import dev.portico.erp.partner.CatalogueItem;
import dev.portico.erp.partner.PartnerCatalogue;
import dev.portico.erp.port.PriceList.ListPrice;
import dev.portico.platform.persistence.Like;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue for partners: product rows read without their stock figures leaving this
 * class (only the band does), priced by {@link PartnerPricing} for the caller's organisation;
 * a discontinued product is not offered.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPartnerCatalogue implements PartnerCatalogue {

    static final Permission VIEW = Permission.of("partner", Action.VIEW);

    private static final String SELECT = "SELECT p.sku, p.name, p.stockOnHand, p.reserved, p.reorderLevel FROM Product p";
    private static final String SEARCH = "(LOWER(p.name) LIKE :search" + Like.ESCAPE + " OR LOWER(p.sku) LIKE :search" + Like.ESCAPE + ")";

    @EJB
    private AccessGuard guard;

    @Inject
    private PartnerPricing pricing;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public List<CatalogueItem> search(String search, String afterSku, int limit) {
        ScopeGrant grant = guard.require(VIEW);
        String pattern = search == null ? null : Like.containing(search.toLowerCase());
        var query = em.createQuery(SELECT + " WHERE p.discontinuedAt IS NULL AND p.sku > :after" + (pattern == null ? "" : " AND " + SEARCH) + " ORDER BY p.sku",
                Object[].class).setParameter("after", afterSku).setMaxResults(limit);
        if (pattern != null) {
            query.setParameter("search", pattern);
        }
        return items(grant, query.getResultList());
    }

    @Override
    public Optional<CatalogueItem> find(String sku) {
        ScopeGrant grant = guard.require(VIEW);
        return items(grant, em.createQuery(SELECT + " WHERE p.discontinuedAt IS NULL AND p.sku = :sku", Object[].class).setParameter("sku", sku).getResultList())
                .stream().findFirst();
    }

    private List<CatalogueItem> items(ScopeGrant grant, List<Object[]> rows) {
        Map<String, ListPrice> prices = pricing.prices(rows.stream().map(row -> (String) row[0]).toList(), buyerOrganisation(grant));
        return rows.stream().map(row -> {
            ListPrice price = prices.get((String) row[0]);
            return new CatalogueItem((String) row[0], (String) row[1], price.unitPrice(), price.currency(),
                    availability((Integer) row[2] - (Integer) row[3], (Integer) row[4]));
        }).toList();
    }

    /** The organisation whose prices apply: the caller's (a partner belongs to one; the first when to several). */
    static String buyerOrganisation(ScopeGrant grant) {
        return grant.caller().organisations().isEmpty() ? null : grant.caller().organisations().get(0);
    }

    static Availability availability(int free, int reorderLevel) {
        if (free <= 0) {
            return Availability.ON_REQUEST;
        }
        return free > reorderLevel ? Availability.IN_STOCK : Availability.LIMITED;
    }
}
