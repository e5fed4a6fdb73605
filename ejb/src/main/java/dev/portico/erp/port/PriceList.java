package dev.portico.erp.port;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The ERP's published price list: what the CRM prices a quote line with when the writer gives
 * no price (and every line a partner orders), and how it learns that a SKU is not sold at all. Company-wide reference data, so no
 * user permission of its own: the caller (writing a quote) has already been checked.
 */
@Local
public interface PriceList {

    /** A product's list price. */
    record ListPrice(BigDecimal unitPrice, String currency) implements Serializable {
    }

    /**
     * The price of each of {@code skus} for a customer served by the partner organisation
     * {@code partnerAlias} (its agreed price or discount; {@code null}: a direct customer, the
     * list price); a SKU the ERP does not sell is absent.
     */
    Map<String, ListPrice> prices(Collection<String> skus, String partnerAlias);
}
