package dev.portico.modules.partner;

import dev.portico.crm.partner.PartnerOrderDetail;
import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrders;
import dev.portico.erp.partner.PartnerInvoice;
import dev.portico.erp.partner.PartnerInvoices;
import dev.portico.shell.PageActions;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Backs {@code partner/order.xhtml?id=…}: an order's lines and progress, its invoice, and the
 * approver's decision while it waits. Another organisation's id, a draft or a malformed id get
 * the same 404 page as a missing one.
 */
@Named
@ViewScoped
public class PartnerOrderView implements Serializable {

    @EJB
    private transient PartnerOrders orders;

    @EJB
    private transient PartnerInvoices invoices;

    private String id;
    private PartnerOrderDetail detail;
    private PartnerInvoice invoice;
    private String reason;

    public void load() throws IOException {
        Optional<PartnerOrderDetail> found = RecordPages.orNotFound(RecordPages.id(id).flatMap(orders::find));
        if (found.isEmpty()) {
            return;
        }
        detail = found.get();
        invoice = invoices.forOrder(detail.order().id()).orElse(null);
    }

    public void approve() throws IOException {
        if (PageActions.run(PartnerPages.MESSAGES, "order.approved", () -> orders.approve(detail.order().id(), reason), PartnerPages.REFUSALS)) {
            reason = null;
        }
        load();
    }

    public void reject() throws IOException {
        if (PageActions.run(PartnerPages.MESSAGES, "order.rejected", () -> orders.reject(detail.order().id(), reason), PartnerPages.REFUSALS)) {
            reason = null;
        }
        load();
    }

    /** A buyer withdraws an order still waiting for approval, with a reason. */
    public void cancel() throws IOException {
        if (reason == null || reason.isBlank()) {
            PageActions.warn(FacesContext.getCurrentInstance(), "reason: must be given");
            return;
        }
        if (PageActions.run(PartnerPages.MESSAGES, "order.cancelled", () -> orders.cancel(detail.order().id(), reason), PartnerPages.REFUSALS)) {
            reason = null;
        }
        load();
    }

    public boolean isAwaitingApproval() {
        return detail != null && detail.order().status() == PartnerOrderStatus.AWAITING_APPROVAL;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PartnerOrderDetail getDetail() {
        return detail;
    }

    public PartnerInvoice getInvoice() {
        return invoice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
