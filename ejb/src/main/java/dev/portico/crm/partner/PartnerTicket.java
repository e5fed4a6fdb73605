package dev.portico.crm.partner;

import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.domain.TicketStatus;
import java.io.Serializable;
import java.time.Instant;

/** A service ticket as the partner sees it: no assignee, no staff name. {@code orderId} is the partner's order it is about. */
public record PartnerTicket(long id, long customerId, String customerName, String subject, TicketPriority priority, TicketStatus status,
                            Instant openedAt, Instant slaDueAt, Long orderId) implements Serializable {
}
