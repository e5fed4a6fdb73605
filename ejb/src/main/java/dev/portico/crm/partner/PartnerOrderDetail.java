package dev.portico.crm.partner;

import java.io.Serializable;
import java.util.List;

/** An order with its lines and progress; {@code decidedBy}/{@code decisionReason} are the partner's own approver's. */
public record PartnerOrderDetail(PartnerOrderSummary order, String deliveryAddress, List<PartnerOrderLine> lines,
                                 List<PartnerOrderStep> steps, String decidedBy, String decisionReason) implements Serializable {

    public PartnerOrderDetail {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
    }
}
