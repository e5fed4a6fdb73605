package dev.portico.crm.service;

import dev.portico.crm.domain.TicketStatus;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Service tickets. Reading needs {@code service:view}, every change {@code service:edit}; a
 * ticket is within scope exactly when its account is, and one outside it answers like a missing
 * one ({@link NoSuchRecordException}, logged for the auditors).
 */
@Local
public interface Tickets {

    int MAX_PAGE = 500;

    /** Opens a ticket for an account within the caller's {@code service:edit} scope; its SLA due time follows from the priority. */
    TicketSummary open(@NotNull @Valid NewTicket ticket);

    TicketSummary assign(long ticketId, @NotBlank @Size(max = 100) String assignee);

    /** An internal note when staff write it; a partner user's comment is the partner's own (they read it). */
    void comment(long ticketId, @NotBlank @Size(max = 4000) String body);

    /** Staff: a reply the partner reads ({@code publicReply}) or an internal note. */
    void comment(long ticketId, @NotBlank @Size(max = 4000) String body, boolean publicReply);

    TicketSummary resolve(long ticketId);

    /** The open tickets (OPEN, IN_PROGRESS) within scope, the one due first on top. */
    List<TicketSummary> queue(@PositiveOrZero int offset, @Min(1) @Max(MAX_PAGE) int limit);

    long queueSize();

    /** The open tickets by SLA state at {@code now}, and the oldest open one: the service agent's dashboard. */
    TicketSla sla(@NotNull Instant now);

    /**
     * Keyset paging for API clients: up to {@code limit} tickets within scope (of one
     * {@code status}, or any when null) with an id above {@code afterId}, in id order.
     */
    List<TicketSummary> listAfter(TicketStatus status, @PositiveOrZero long afterId, @Min(1) @Max(MAX_PAGE + 1) int limit);

    Optional<TicketDetail> find(long ticketId);
}
