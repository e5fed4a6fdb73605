package dev.portico.crm.service.internal;

import dev.portico.erp.port.PriceList;
import dev.portico.erp.port.PriceList.ListPrice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The prices a quote is written at. A direct customer's come from the CRM's own price list, kept
 * from the ERP's catalogue events (no call to the ERP while a rep types a quote); a SKU the list
 * has not heard of, and every price of a partner's customer (the partner's agreed prices and
 * discount are the ERP's), are read through the ERP's {@link PriceList} port. A product the
 * list holds as discontinued has no price: the quote refuses the line as for a SKU not sold.
 */
@ApplicationScoped
class CrmPriceList {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @EJB
    private PriceList erp;

    Map<String, ListPrice> prices(Collection<String> skus, String partnerAlias) {
        if (partnerAlias != null || skus.isEmpty()) {
            return erp.prices(skus, partnerAlias);
        }
        Map<String, ListPrice> prices = new HashMap<>();
        Set<String> unknown = new HashSet<>(skus);
        em.createQuery("SELECT p.sku, p.unitPrice, p.currency, p.discontinuedAt FROM CrmPrice p WHERE p.sku IN :skus", Object[].class)
                .setParameter("skus", skus)
                .getResultStream()
                .forEach(row -> {
                    unknown.remove((String) row[0]);
                    // Discontinued: known and not sold, so absent like a SKU the ERP never sold (and not asked again).
                    if (row[3] == null) {
                        prices.put((String) row[0], new ListPrice((BigDecimal) row[1], (String) row[2]));
                    }
                });
        if (!unknown.isEmpty()) {
            prices.putAll(erp.prices(unknown, null));
        }
        return prices;
    }
}
