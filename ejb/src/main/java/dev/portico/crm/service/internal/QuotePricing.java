package dev.portico.crm.service.internal;

import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.QuoteLine;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.erp.port.PriceList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prices the lines of a quote ({@link CrmPriceList}: the CRM's own list, the ERP for partners'
 * prices), for staff writing one ({@link DefaultQuotes}) and a
 * partner's cart ({@link DefaultPartnerOrders}) alike: the customer's partner's price, else the
 * list price; one currency per quote; a discount only where the caller may give one. Every line
 * the ERP cannot price is refused together, each by its index.
 */
@ApplicationScoped
class QuotePricing {

    /** One line as asked for: a product, how many, a discount in percent (0: none). */
    record Request(String sku, String description, int quantity, BigDecimal discountPercent) {
    }

    /** The priced lines and the quote's currency. */
    record Priced(String currency, List<QuoteLine.Item> items) {
    }

    @Inject
    private CrmPriceList priceList;

    @Inject
    private DiscountLimits discountLimits;

    /**
     * @param currency the quote's currency, or null for that of its first line's price
     * @param discounts whether the caller may discount (staff) or not (a partner)
     */
    Priced price(CustomerAccount account, List<Request> lines, String currency, boolean discounts) {
        String partner = account.getPartnerOrganisation() == null ? null : account.getPartnerOrganisation().getAlias();
        Map<String, PriceList.ListPrice> prices = priceList.prices(lines.stream().map(Request::sku).collect(Collectors.toSet()), partner);
        BigDecimal highest = discounts ? discountLimits.highest() : BigDecimal.ZERO;
        String quoteCurrency = currency;
        Map<Integer, String> problems = new TreeMap<>();
        List<QuoteLine.Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Request line = lines.get(i);
            PriceList.ListPrice price = prices.get(line.sku());
            BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
            if (price == null) {
                problems.put(i, "no product " + line.sku() + " in the catalogue");
            } else if (quoteCurrency != null && !price.currency().equals(quoteCurrency)) {
                problems.put(i, line.sku() + " is priced in " + price.currency() + ", the quote in " + quoteCurrency
                        + (currency == null ? ": order it separately" : ""));
            } else if (!discounts && discount.signum() > 0) {
                problems.put(i, "partners order at their organisation's price, without a discount");
            } else if (discount.compareTo(highest) > 0) {
                problems.put(i, "a " + discount.toPlainString() + " % discount is beyond what any role may give (" + highest.toPlainString() + " %)");
            } else {
                quoteCurrency = price.currency();
                items.add(new QuoteLine.Item(line.sku(), line.description(), line.quantity(), price.unitPrice(), discount));
            }
        }
        if (!problems.isEmpty()) {
            throw new QuoteLinesException(problems);
        }
        return new Priced(quoteCurrency, items);
    }
}
