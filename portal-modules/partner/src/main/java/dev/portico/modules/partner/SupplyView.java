package dev.portico.modules.partner;

import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.service.NoSuchPurchaseOrderException;
import dev.portico.erp.supplier.NewShippingNotice;
import dev.portico.erp.supplier.ProposedLine;
import dev.portico.erp.supplier.SupplierOrder;
import dev.portico.erp.supplier.SupplierOrderDetail;
import dev.portico.erp.supplier.SupplierOrderLine;
import dev.portico.erp.supplier.SupplierPortal;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code partner/supply.xhtml} (a supplier's purchase orders) and
 * {@code partner/purchase-order.xhtml?id=…}: confirm with a date per line, propose a change,
 * send a shipping notice. The forms start filled in (the outstanding quantities, no dates), so a
 * full shipment is one click after the dates.
 */
@Named
@ViewScoped
public class SupplyView implements Serializable {

    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(OrderStateException.class,
            NoSuchPurchaseOrderException.class);

    @EJB
    private transient SupplierPortal supplier;

    private String id;
    private List<SupplierOrder> orders;
    private SupplierOrderDetail detail;
    private final Map<String, LocalDate> promised = new HashMap<>();
    private final Map<String, Integer> newQuantity = new HashMap<>();
    private final Map<String, LocalDate> newDate = new HashMap<>();
    private final Map<String, Integer> shipped = new HashMap<>();
    private String note;
    private LocalDate shippedOn;
    private LocalDate expectedOn;
    private String carrier;
    private String tracking;

    public void load() throws IOException {
        Optional<SupplierOrderDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(supplier::find));
        detail = found.orElse(null);
        if (detail != null) {
            shipped.clear();
            detail.lines().forEach(line -> shipped.put(line.sku(), line.outstanding()));
        }
    }

    public List<SupplierOrder> getOrders() {
        if (orders == null) {
            orders = supplier.orders(SupplierPortal.MAX_PAGE);
        }
        return orders;
    }

    public long count(String status) {
        PurchaseOrderStatus wanted = PurchaseOrderStatus.valueOf(status);
        return getOrders().stream().filter(o -> o.status() == wanted).count();
    }

    public void confirm() throws IOException {
        PageActions.run(PartnerPages.MESSAGES, "supply.confirmed", () -> detail = supplier.confirm(orderId(), new HashMap<>(promised)), REFUSALS);
        load();
    }

    /** Only the lines the supplier filled in: a quantity or a date (the other kept as ordered). */
    public void propose() throws IOException {
        List<ProposedLine> lines = new ArrayList<>();
        for (SupplierOrderLine line : detail.lines()) {
            Integer quantity = newQuantity.get(line.sku());
            LocalDate date = newDate.get(line.sku());
            if (quantity != null || date != null) {
                if (date == null) {
                    PageActions.warn(FacesContext.getCurrentInstance(), line.sku() + ": the date you can deliver must be given");
                    return;
                }
                lines.add(new ProposedLine(line.sku(), quantity == null ? line.quantity() : quantity, date));
            }
        }
        if (lines.isEmpty()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "fill in at least one line you cannot deliver as ordered");
            return;
        }
        if (PageActions.run(PartnerPages.MESSAGES, "supply.proposed", () -> supplier.proposeChange(orderId(), lines, note), REFUSALS)) {
            newQuantity.clear();
            newDate.clear();
            note = null;
        }
        load();
    }

    public void notifyShipment() throws IOException {
        if (shippedOn == null || expectedOn == null || carrier == null || carrier.isBlank() || tracking == null || tracking.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "shipped on, arrives on, carrier and tracking number: must all be given");
            return;
        }
        Map<String, Integer> quantities = new HashMap<>();
        shipped.forEach((sku, quantity) -> quantities.put(sku, quantity == null ? 0 : quantity));
        if (PageActions.run(PartnerPages.MESSAGES, "supply.notified",
                () -> supplier.notifyShipment(orderId(), new NewShippingNotice(shippedOn, expectedOn, carrier, tracking, quantities)),
                REFUSALS)) {
            carrier = null;
            tracking = null;
        }
        load();
    }

    private long orderId() {
        return detail.order().id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SupplierOrderDetail getDetail() {
        return detail;
    }

    public Map<String, LocalDate> getPromised() {
        return promised;
    }

    public Map<String, Integer> getNewQuantity() {
        return newQuantity;
    }

    public Map<String, LocalDate> getNewDate() {
        return newDate;
    }

    public Map<String, Integer> getShipped() {
        return shipped;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public void setShippedOn(LocalDate shippedOn) {
        this.shippedOn = shippedOn;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public void setExpectedOn(LocalDate expectedOn) {
        this.expectedOn = expectedOn;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTracking() {
        return tracking;
    }

    public void setTracking(String tracking) {
        this.tracking = tracking;
    }
}
