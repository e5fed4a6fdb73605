package dev.portico.crm.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dev.portico.crm.domain.TicketPriority;
import java.io.Serializable;

/** A partner's ticket: about a customer, optionally one of the organisation's orders, with what happened. */
public record PartnerNewTicket(long customerId, Long orderId, @NotBlank @Size(max = 200) String subject, @NotNull TicketPriority priority,
                               @NotBlank @Size(max = 4000) String description) implements Serializable {
}
