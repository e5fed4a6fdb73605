package dev.portico.modules.partner;

import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerOrderSummary;
import dev.portico.crm.partner.PartnerOrders;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code partner/orders.xhtml?status=…}: the organisation's newest orders, optionally of one status. */
@Named
@ViewScoped
public class PartnerOrderListView implements Serializable {

    @EJB
    private transient PartnerOrders orders;

    private PartnerOrderStatus status;
    private List<PartnerOrderSummary> rows;

    public List<PartnerOrderSummary> getOrders() {
        if (rows == null) {
            rows = orders.list(status, 0, PartnerOrders.MAX_PAGE);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public PartnerOrderStatus getStatus() {
        return status;
    }

    public void setStatus(PartnerOrderStatus status) {
        this.status = status;
    }

    public PartnerOrderStatus[] getStatuses() {
        return PartnerOrderStatus.values();
    }
}
