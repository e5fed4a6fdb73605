package dev.portico.erp.service.internal;

import dev.portico.erp.port.PriceList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Map;

/** The built-in catalogue as a price list: the product's list price, or the partner's price ({@link PartnerPricing}). */
@Stateless
@PermitAll
public class CataloguePriceList implements PriceList {

    @Inject
    private PartnerPricing pricing;

    @Override
    public Map<String, ListPrice> prices(Collection<String> skus, String partnerAlias) {
        return pricing.prices(skus, partnerAlias);
    }
}
