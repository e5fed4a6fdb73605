package dev.portico.modules.purchasing;

import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.service.ExpectedReceipt;
import dev.portico.erp.service.PurchaseOrderSummary;
import dev.portico.erp.service.PurchaseOrders;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code purchasing/list.xhtml}: the newest purchase orders in the caller's scope, optionally of one status. */
@Named
@ViewScoped
public class PurchaseOrderListView implements Serializable {

    private static final int SHOWN = PurchaseOrders.MAX_PAGE;

    @EJB
    private transient PurchaseOrders purchaseOrders;

    private PurchaseOrderStatus status;
    private List<PurchaseOrderSummary> orders;
    private List<ExpectedReceipt> receipts;

    public List<PurchaseOrderSummary> getOrders() {
        if (orders == null) {
            orders = purchaseOrders.list(status, 0, SHOWN);
        }
        return orders;
    }

    /** The warehouse's dock plan: what suppliers announced and has not all arrived. */
    public List<ExpectedReceipt> getExpectedReceipts() {
        if (receipts == null) {
            receipts = purchaseOrders.expectedReceipts(SHOWN);
        }
        return receipts;
    }

    public void filter() {
        orders = null;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public void setStatus(PurchaseOrderStatus status) {
        this.status = status;
    }

    public PurchaseOrderStatus[] getStatuses() {
        return PurchaseOrderStatus.values();
    }
}
