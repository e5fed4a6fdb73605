package dev.portico.api.partner;

import dev.portico.api.Parameters;
import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.partner.PartnerNewTicket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /partner/tickets}. The priority is text, read here, so that an unknown
 * one is a 400 naming {@code priority} rather than an unreadable body.
 */
public record TicketRequest(@NotNull @Positive Long customerId, @Positive Long orderId, @NotBlank @Size(max = 200) String subject,
                            @NotBlank String priority, @NotBlank @Size(max = 4000) String description) {

    PartnerNewTicket toNewTicket() {
        return new PartnerNewTicket(customerId, orderId, subject, Parameters.constant("priority", priority, TicketPriority.class), description);
    }
}
