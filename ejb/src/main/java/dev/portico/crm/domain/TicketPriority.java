package dev.portico.crm.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How urgent a ticket is, and so how long service may take before it is overdue. The response
 * times are the service-level agreement; the demo data (R__demo_data_crm.sql) uses the same hours.
 */
public enum TicketPriority {
    LOW(Duration.ofHours(72)),
    NORMAL(Duration.ofHours(24)),
    HIGH(Duration.ofHours(8)),
    URGENT(Duration.ofHours(4));

    private final Duration responseTime;

    TicketPriority(Duration responseTime) {
        this.responseTime = responseTime;
    }

    public Duration responseTime() {
        return responseTime;
    }

    public Instant dueFrom(Instant openedAt) {
        return openedAt.plus(responseTime);
    }
}
