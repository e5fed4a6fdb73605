package dev.portico.erp.service.internal;

import dev.portico.erp.domain.PartnerTerms;
import dev.portico.erp.port.PriceList.ListPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ERP's prices for one buyer: a partner organisation's agreed price for a product where one
 * exists, else the list price less the partner's discount; the list price for a direct customer
 * (no partner). Computed here, on the server, from the ERP's own tables: nothing a buyer sends
 * takes part. Two queries however many SKUs (the list prices, then the partner's agreements).
 */
@ApplicationScoped
public class PartnerPricing {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    public Optional<PartnerTerms> termsOf(String partnerAlias) {
        if (partnerAlias == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM PartnerTerms t, Organisation o WHERE o.id = t.organisationId AND o.alias = :alias",
                        PartnerTerms.class)
                .setParameter("alias", partnerAlias)
                .getResultStream().findFirst();
    }

    public int paymentDays(String partnerAlias) {
        return termsOf(partnerAlias).map(PartnerTerms::getPaymentDays).orElse(PartnerTerms.STANDARD_PAYMENT_DAYS);
    }

    /** The price of each of {@code skus} for the partner ({@code null}: list prices); a SKU not sold (or no longer) is absent. */
    public Map<String, ListPrice> prices(Collection<String> skus, String partnerAlias) {
        Map<String, ListPrice> prices = new HashMap<>();
        if (skus.isEmpty()) {
            return prices;
        }
        em.createQuery("SELECT p.sku, p.unitPrice, p.currency FROM Product p WHERE p.sku IN :skus AND p.discontinuedAt IS NULL", Object[].class)
                .setParameter("skus", skus)
                .getResultStream()
                .forEach(row -> prices.put((String) row[0], new ListPrice((BigDecimal) row[1], (String) row[2])));
        Optional<PartnerTerms> terms = termsOf(partnerAlias);
        if (terms.isEmpty() || prices.isEmpty()) {
            return prices;
        }
        Map<String, BigDecimal> agreed = new HashMap<>();
        em.createQuery("SELECT pp.sku, pp.unitPrice FROM PartnerPrice pp WHERE pp.organisationId = :org AND pp.sku IN :skus",
                        Object[].class)
                .setParameter("org", terms.get().getOrganisationId())
                .setParameter("skus", prices.keySet())
                .getResultStream()
                .forEach(row -> agreed.put((String) row[0], (BigDecimal) row[1]));
        prices.replaceAll((sku, list) -> new ListPrice(
                agreed.getOrDefault(sku, terms.get().discounted(list.unitPrice())), list.currency()));
        return prices;
    }
}
