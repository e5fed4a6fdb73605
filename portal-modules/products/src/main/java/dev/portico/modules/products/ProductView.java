package dev.portico.modules.products;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.erp.domain.StockException;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductSummary;
import dev.portico.erp.service.StockMovementSummary;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Backs {@code products/product.xhtml?sku=…}: a product, its stock and latest movements, and for
 * {@code products:edit} a stock adjustment (with its reason), a price change and discontinuing
 * it. An unknown SKU gets the 404 page.
 */
@Named
@ViewScoped
public class ProductView implements Serializable {

    static final String MESSAGES = "dev.portico.modules.products.messages";
    private static final int MOVEMENTS = 50;
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(StockException.class,
            NoSuchProductException.class, IllegalArgumentException.class);

    @EJB
    private transient ProductCatalog catalog;

    @Inject
    private CurrentUser user;

    private String sku;
    private ProductSummary product;
    private List<StockMovementSummary> movements;
    private Integer delta;
    private String reason;
    private BigDecimal price;

    public void load() throws IOException {
        Optional<ProductSummary> found = RecordPages.orNotFound(sku == null || sku.isBlank() ? Optional.empty() : catalog.find(sku.strip()));
        if (found.isEmpty()) {
            return;
        }
        product = found.get();
        movements = catalog.movements(product.sku(), MOVEMENTS);
        if (price == null) {
            price = product.unitPrice();
        }
    }

    public void adjust() throws IOException {
        if (delta == null || reason == null || reason.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), text("product.adjust.incomplete"));
        } else if (PageActions.run(MESSAGES, "product.adjusted", () -> catalog.adjustStock(product.sku(), delta, reason), REFUSALS)) {
            delta = null;
            reason = null;
        }
        load();
    }

    public void changePrice() throws IOException {
        PageActions.run(MESSAGES, "product.repriced", () -> catalog.changePrice(product.sku(), price), REFUSALS);
        price = null;
        load();
    }

    /** Stops selling the product (the form says what follows); the catalogue checks products:edit again. */
    public void discontinue() throws IOException {
        PageActions.run(MESSAGES, "product.discontinued", () -> catalog.discontinue(product.sku()), REFUSALS);
        load();
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(MESSAGES, faces.getViewRoot().getLocale()).getString(key);
    }

    /** Whether the page offers changes; the catalogue checks {@code products:edit} again. */
    public boolean isEditable() {
        return user.allows(Permission.of("products", Action.EDIT));
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public ProductSummary getProduct() {
        return product;
    }

    public List<StockMovementSummary> getMovements() {
        return movements;
    }

    public Integer getDelta() {
        return delta;
    }

    public void setDelta(Integer delta) {
        this.delta = delta;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }
}
