package dev.portico.api.orders;

import dev.portico.erp.service.OrderSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** A sales order as the API shows it: amounts as decimals, times ISO-8601 UTC, links to itself and its account. */
@JsonbNillable
public record OrderRepresentation(long id, long quoteId, long accountId, String status, BigDecimal total, BigDecimal amountPaid,
                                  String currency, String receivedAt, String holdReason, String approvedBy, String self,
                                  String account) {

    static OrderRepresentation of(OrderSummary order) {
        return new OrderRepresentation(order.id(), order.quoteId(), order.crmAccountId(), order.status().name(), order.total(),
                order.amountPaid(), order.currency(), order.receivedAt() == null ? null : order.receivedAt().toString(),
                order.holdReason(), order.approvedBy(), "/api/v1/orders/" + order.id(), "/api/v1/accounts/" + order.crmAccountId());
    }
}
