package dev.portico.api.tickets;

import dev.portico.crm.domain.ServiceTicket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /tickets}: which account, what about, how urgent; optionally the order it concerns. */
public record TicketRequest(
        @NotNull @Positive Long accountId,
        @NotBlank @Size(max = ServiceTicket.MAX_SUBJECT_LENGTH) String subject,
        @NotNull @Pattern(regexp = "(?i)LOW|NORMAL|HIGH|URGENT", message = "must be one of LOW, NORMAL, HIGH, URGENT") String priority,
        @Positive Long orderId) {
}
