package dev.portico.api.tickets;

import dev.portico.crm.service.TicketSummary;
import jakarta.json.bind.annotation.JsonbNillable;

/** A ticket as the API lists it: times ISO-8601 UTC, the SLA due time fixed by the priority, links. */
@JsonbNillable
public record TicketRepresentation(long id, long accountId, String accountName, String subject, String priority, String status,
                                   String assignee, String openedBy, String createdAt, String slaDueAt, String resolvedAt,
                                   Long quoteId, Long orderId, String self, String account) {

    static TicketRepresentation of(TicketSummary t) {
        return new TicketRepresentation(t.id(), t.accountId(), t.accountName(), t.subject(), t.priority().name(), t.status().name(),
                t.assignee(), t.openedBy(), text(t.createdAt()), text(t.slaDueAt()), text(t.resolvedAt()), t.quoteId(), t.erpOrderId(),
                "/api/v1/tickets/" + t.id(), "/api/v1/accounts/" + t.accountId());
    }

    static String text(Object instant) {
        return instant == null ? null : instant.toString();
    }
}
