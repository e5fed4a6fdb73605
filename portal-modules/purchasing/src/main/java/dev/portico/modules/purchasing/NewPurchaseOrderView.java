package dev.portico.modules.purchasing;

import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.service.NewPurchaseOrderLine;
import dev.portico.erp.service.NoSuchProductException;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.erp.service.SupplierSummary;
import dev.portico.erp.service.UnknownSupplierException;
import dev.portico.shell.PageActions;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Backs {@code purchasing/new.xhtml}: a purchase order placed by hand, up to {@link #ROWS} lines,
 * a plain form. Rows without a SKU are ignored; the service checks the rest and the permissions.
 */
@Named
@ViewScoped
public class NewPurchaseOrderView implements Serializable {

    static final int ROWS = 5;
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(UnknownSupplierException.class,
            NoSuchProductException.class, OrderStateException.class);

    /** One editable row of the form. */
    public static class Row implements Serializable {
        private String sku;
        private Integer quantity;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    @EJB
    private transient PurchaseOrders purchaseOrders;

    private Long supplier;
    private final List<Row> rows = new ArrayList<>(IntStream.range(0, ROWS).mapToObj(i -> new Row()).toList());
    private List<SupplierSummary> suppliers;

    public List<SupplierSummary> getSuppliers() {
        if (suppliers == null) {
            suppliers = purchaseOrders.suppliers();
        }
        return suppliers;
    }

    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<NewPurchaseOrderLine> lines = rows.stream().filter(r -> r.getSku() != null && !r.getSku().isBlank())
                .map(r -> new NewPurchaseOrderLine(r.getSku().strip(), r.getQuantity() == null ? 0 : r.getQuantity()))
                .toList();
        if (supplier == null || lines.isEmpty()) {
            PageActions.warn(faces, ResourceBundle.getBundle(PurchaseOrderView.MESSAGES, faces.getViewRoot().getLocale())
                    .getString("new.incomplete"));
            return null;
        }
        AtomicLong created = new AtomicLong();
        if (PageActions.run(PurchaseOrderView.MESSAGES, "new.created",
                () -> created.set(purchaseOrders.create(supplier, lines).id()), REFUSALS)) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/purchasing/order?faces-redirect=true&id=" + created.get();
        }
        return null;
    }

    public Long getSupplier() {
        return supplier;
    }

    public void setSupplier(Long supplier) {
        this.supplier = supplier;
    }

    public List<Row> getRows() {
        return rows;
    }
}
