package dev.portico.api.orders;

import dev.portico.erp.service.OrderSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;

/** One order as {@code GET /orders/{id}} shows it: the list's fields and the order's timeline, in the ERP's order. */
@JsonbNillable
public record OrderDetailRepresentation(long id, long quoteId, long accountId, String status, BigDecimal total,
                                        BigDecimal amountPaid, String currency, String receivedAt, String holdReason,
                                        String approvedBy, String self, String account, String quote,
                                        List<TimelineRepresentation> timeline) {

    static OrderDetailRepresentation of(OrderSummary order, List<TimelineRepresentation> timeline) {
        OrderRepresentation o = OrderRepresentation.of(order);
        return new OrderDetailRepresentation(o.id(), o.quoteId(), o.accountId(), o.status(), o.total(), o.amountPaid(), o.currency(),
                o.receivedAt(), o.holdReason(), o.approvedBy(), o.self(), o.account(), "/api/v1/quotes/" + o.quoteId(), timeline);
    }
}
