package dev.portico.erp.service;

import dev.portico.erp.supplier.ShippingNoticeView;
import dev.portico.erp.supplier.SupplierChange;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A purchase order with its lines, the supplier's latest proposed change (or null) and its shipping notices. */
public record PurchaseOrderDetail(PurchaseOrderSummary order, List<PurchaseOrderLineSummary> lines, ChangeProposal change,
                                  List<ShippingNoticeView> notices) implements Serializable {

    public PurchaseOrderDetail {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }

    /** A change the supplier proposed, with the warehouse's decision once made. */
    public record ChangeProposal(long id, String status, String note, String proposedBy, Instant proposedAt, String decidedBy,
                                 String decisionReason, List<SupplierChange.Line> lines) implements Serializable {

        public ChangeProposal {
            lines = List.copyOf(lines);
        }

        public boolean open() {
            return "PROPOSED".equals(status);
        }
    }
}
