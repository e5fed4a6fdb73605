package dev.portico.crm.domain;

import jakarta.ejb.ApplicationException;

/** A ticket change its status does not allow (commenting on a closed ticket, resolving twice). */
@ApplicationException(rollback = true)
public class TicketStateException extends RuntimeException {

    public TicketStateException(Long ticketId, TicketStatus status, String change) {
        super("ticket " + ticketId + " is " + status + ": cannot " + change);
    }
}
