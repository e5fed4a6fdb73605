package dev.portico.crm.partner;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The organisation's service tickets ({@code partner:view}; opening and commenting
 * {@code partner:edit}). Only public replies and the partner's own comments are ever read here.
 */
@Local
public interface PartnerTickets {

    int MAX_PAGE = 200;

    /** Newest first, with an id below {@code beforeId} (0: from the newest). */
    List<PartnerTicket> list(@PositiveOrZero long beforeId, @Min(1) @Max(MAX_PAGE + 1) int limit);

    Optional<PartnerTicketDetail> find(long ticketId);

    PartnerTicket open(@NotNull @Valid PartnerNewTicket ticket);

    void comment(long ticketId, @NotBlank @Size(max = 4000) String body);
}
