package dev.portico.erp.service.internal;

import dev.portico.erp.port.PriceList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The built-in catalogue as a price list: one query for all SKUs of a quote, on the product's primary key. */
@Stateless
@PermitAll
public class CataloguePriceList implements PriceList {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public Map<String, ListPrice> prices(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.sku, p.unitPrice, p.currency FROM Product p WHERE p.sku IN :skus", Object[].class)
                .setParameter("skus", skus)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> new ListPrice((BigDecimal) row[1], (String) row[2])));
    }
}
