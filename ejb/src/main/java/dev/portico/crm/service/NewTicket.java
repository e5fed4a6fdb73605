package dev.portico.crm.service;

import dev.portico.crm.domain.ServiceTicket;
import dev.portico.crm.domain.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A customer's request as service takes it down; quote and ERP order are optional references. */
public record NewTicket(
        long accountId,
        @NotBlank @Size(max = ServiceTicket.MAX_SUBJECT_LENGTH) String subject,
        @NotNull TicketPriority priority,
        Long quoteId,
        Long erpOrderId) implements Serializable {
}
