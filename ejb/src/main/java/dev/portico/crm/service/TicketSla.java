package dev.portico.crm.service;

import java.io.Serializable;

/**
 * The open tickets within scope by where they stand against their SLA: past it, due before the
 * end of today (UTC), due later; and the oldest open one (by creation; null when none).
 */
public record TicketSla(long breached, long dueToday, long later, TicketSummary oldest) implements Serializable {

    public long open() {
        return breached + dueToday + later;
    }
}
