package dev.portico.crm.service;

import dev.portico.crm.domain.TicketPriority;
import dev.portico.crm.domain.TicketStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One ticket of the queue or of an account's page, read by a constructor query. */
public record TicketSummary(long id, long accountId, String accountName, String subject, TicketPriority priority,
                            TicketStatus status, String assignee, String openedBy, Instant createdAt, Instant slaDueAt,
                            Instant resolvedAt, Long quoteId, Long erpOrderId) implements Serializable {

    /** Time left until the SLA is missed at {@code now}; negative when overdue; zero once resolved. */
    public Duration timeLeft(Instant now) {
        return status.isOpen() ? Duration.between(now, slaDueAt) : Duration.ZERO;
    }

    public boolean overdue(Instant now) {
        return status.isOpen() && now.isAfter(slaDueAt);
    }
}
