package dev.portico.modules.purchasing;

import dev.portico.erp.domain.OrderStateException;
import dev.portico.erp.service.NoSuchPurchaseOrderException;
import dev.portico.erp.service.PurchaseOrderDetail;
import dev.portico.erp.service.PurchaseOrderLineSummary;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code purchasing/order.xhtml?id=…}: a purchase order and its lines; confirming it (the
 * supplier) and recording a receipt, full or partial (the warehouse). A malformed, unknown or
 * out-of-scope id — another supplier's order — gets the same 404 page.
 */
@Named
@ViewScoped
public class PurchaseOrderView implements Serializable {

    static final String MESSAGES = "dev.portico.modules.purchasing.messages";
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(OrderStateException.class,
            NoSuchPurchaseOrderException.class);

    @EJB
    private transient PurchaseOrders purchaseOrders;

    private String id;
    private PurchaseOrderDetail detail;
    private final Map<String, Integer> arriving = new HashMap<>();
    private String note;
    private LocalDate promised;
    private String decisionReason;

    public void load() throws IOException {
        Optional<PurchaseOrderDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(purchaseOrders::find));
        if (found.isEmpty()) {
            return;
        }
        detail = found.get();
        arriving.clear();
        for (PurchaseOrderLineSummary line : detail.lines()) {
            arriving.put(line.sku(), line.outstanding());
        }
    }

    /** A confirmation the supplier gave by phone or mail, recorded by staff: one promised date for every line. */
    public void confirm() throws IOException {
        if (promised == null) {
            PageActions.warn(FacesContext.getCurrentInstance(), "promised date: must be given");
            return;
        }
        PageActions.run(MESSAGES, "order.confirmed", () -> purchaseOrders.confirm(orderId(), promised), REFUSALS);
        load();
    }

    public void acceptChange() throws IOException {
        decide(true);
    }

    public void rejectChange() throws IOException {
        decide(false);
    }

    private void decide(boolean accept) throws IOException {
        if (PageActions.run(MESSAGES, accept ? "order.change.accepted" : "order.change.rejected",
                () -> purchaseOrders.decideChange(orderId(), accept, decisionReason), REFUSALS)) {
            decisionReason = null;
        }
        load();
    }

    public LocalDate getPromised() {
        return promised;
    }

    public void setPromised(LocalDate promised) {
        this.promised = promised;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    /** Pre-filled with everything outstanding: a full delivery is one click, a partial one edits the numbers. */
    public void receive() throws IOException {
        Map<String, Integer> quantities = new HashMap<>();
        arriving.forEach((sku, quantity) -> quantities.put(sku, quantity == null ? 0 : quantity));
        if (PageActions.run(MESSAGES, "order.received", () -> purchaseOrders.receive(orderId(), quantities, note), REFUSALS)) {
            note = null;
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

    public PurchaseOrderDetail getDetail() {
        return detail;
    }

    /** Quantities arriving per SKU, bound to the receipt form's inputs. */
    public Map<String, Integer> getArriving() {
        return arriving;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
