package dev.portico.api.orders;

import dev.portico.crm.service.TimelineEntry;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;

/** One step of an order as the ERP reported it to the CRM; {@code amount} and {@code balance} are null where the step has none. */
@JsonbNillable
public record TimelineRepresentation(String type, long orderId, BigDecimal amount, BigDecimal balance, String detail,
                                     String occurredAt) {

    public static List<TimelineRepresentation> of(List<TimelineEntry> entries) {
        return entries.stream().map(t -> new TimelineRepresentation(t.type().name(), t.erpOrderId(), t.amount(), t.balance(),
                t.detail(), t.occurredAt() == null ? null : t.occurredAt().toString())).toList();
    }
}
