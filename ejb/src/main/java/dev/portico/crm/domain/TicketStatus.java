package dev.portico.crm.domain;

/** OPEN until someone takes it (IN_PROGRESS); RESOLVED stops the SLA clock; CLOSED is final. */
public enum TicketStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** Still on the queue: the SLA clock runs. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
