package dev.portico.modules.partner;

import dev.portico.crm.partner.BuyerLimit;
import dev.portico.crm.partner.PartnerCart;
import dev.portico.crm.partner.PartnerCartLine;
import dev.portico.crm.partner.PartnerCustomer;
import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrderSummary;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.erp.partner.CatalogueItem;
import dev.portico.erp.partner.PartnerCatalogue;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Backs {@code partner/catalogue.xhtml}: search the catalogue at the partner's prices, put
 * products in the cart, choose the customer and the delivery address (the customer's own when
 * left empty), submit. The cart holds
 * SKUs and quantities only: what it shows as a price is the catalogue's, and the order is priced
 * again on the server when submitted. {@code ?reorder=id} fills the cart from a past order.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final int SHOWN = 50;

    @EJB
    private transient PartnerCatalogue catalogue;

    @EJB
    private transient PartnerOrders orders;

    private String search;
    private String reorder;
    private List<CatalogueItem> items;
    /** What the quantity boxes hold, as typed (EL writes a map's values untyped). */
    private final Map<String, String> quantities = new LinkedHashMap<>();
    /** SKU → quantity in the cart, in the order added. */
    private final Map<String, Integer> cart = new LinkedHashMap<>();
    private final Map<String, CatalogueItem> known = new LinkedHashMap<>();
    private List<PartnerCustomer> customers;
    private Long customerId;
    private String deliveryAddress;
    private PartnerOrderSummary submitted;

    public void load() {
        Optional<Long> past = RecordPages.id(reorder);
        if (past.isPresent() && cart.isEmpty()) {
            PageActions.run(PartnerPages.MESSAGES, "catalogue.reordered", () -> {
                PartnerCart again = orders.reorder(past.get());
                customerId = again.accountId();
                deliveryAddress = again.deliveryAddress();
                again.lines().forEach(line -> add(line.sku(), line.quantity()));
            }, PartnerPages.REFUSALS);
        }
    }

    public List<CatalogueItem> getItems() {
        if (items == null) {
            items = catalogue.search(search == null || search.isBlank() ? null : search.strip(), "", SHOWN);
            items.forEach(item -> known.put(item.sku(), item));
        }
        return items;
    }

    public void find() {
        items = null;
    }

    public void addToCart(String sku) {
        int quantity;
        try {
            quantity = Integer.parseInt(String.valueOf(quantities.get(sku)).strip());
        } catch (NumberFormatException notANumber) {
            quantity = 0;
        }
        if (quantity < 1 || quantity > 100_000) {
            PageActions.warn(FacesContext.getCurrentInstance(), text("catalogue.quantity"));
            return;
        }
        add(sku, quantity);
        quantities.remove(sku);
    }

    private void add(String sku, int quantity) {
        if (!known.containsKey(sku)) {
            catalogue.find(sku).ifPresent(item -> known.put(sku, item));
        }
        if (known.containsKey(sku)) {
            cart.merge(sku, quantity, Integer::sum);
        }
    }

    public void remove(String sku) {
        cart.remove(sku);
    }

    public void submit() {
        if (customerId == null) {
            PageActions.warn(FacesContext.getCurrentInstance(), text("cart.customer.required"));
            return;
        }
        List<PartnerCartLine> lines = new ArrayList<>();
        cart.forEach((sku, quantity) -> lines.add(new PartnerCartLine(sku, quantity)));
        // No address typed: the customer's own (the form needs no script to propose it).
        String address = deliveryAddress != null && !deliveryAddress.isBlank() ? deliveryAddress
                : getCustomers().stream().filter(c -> c.id() == customerId).findFirst().map(PartnerCustomer::defaultAddress).orElse(null);
        PartnerCart order = new PartnerCart(customerId, address, lines);
        if (PageActions.run(PartnerPages.MESSAGES, "cart.submitted", () -> submitted = orders.submit(order), PartnerPages.REFUSALS)) {
            cart.clear();
            if (submitted.status() == PartnerOrderStatus.AWAITING_APPROVAL) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text("cart.awaiting")));
            }
        }
    }

    public record CartRow(CatalogueItem item, int quantity) implements Serializable {
        public BigDecimal amount() {
            return item.unitPrice().multiply(BigDecimal.valueOf(quantity));
        }
    }

    public List<CartRow> getCart() {
        return cart.entrySet().stream().map(e -> new CartRow(known.get(e.getKey()), e.getValue())).toList();
    }

    public BigDecimal getCartTotal() {
        return getCart().stream().map(CartRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getCartCurrency() {
        return getCart().isEmpty() ? "" : getCart().get(0).item().currency();
    }

    public boolean isOverLimit() {
        Optional<BuyerLimit> limit = getLimit();
        return limit.isPresent() && (!limit.get().currency().equals(getCartCurrency()) || getCartTotal().compareTo(limit.get().amount()) > 0);
    }

    public Optional<BuyerLimit> getLimit() {
        return orders.myLimit();
    }

    public List<PartnerCustomer> getCustomers() {
        if (customers == null) {
            customers = orders.customers();
        }
        return customers;
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(PartnerPages.MESSAGES, FacesContext.getCurrentInstance().getViewRoot().getLocale()).getString(key);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getReorder() {
        return reorder;
    }

    public void setReorder(String reorder) {
        this.reorder = reorder;
    }

    public Map<String, String> getQuantities() {
        return quantities;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public PartnerOrderSummary getSubmitted() {
        return submitted;
    }
}
