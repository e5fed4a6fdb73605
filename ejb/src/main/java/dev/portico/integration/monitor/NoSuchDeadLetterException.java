package dev.portico.integration.monitor;

import jakarta.ejb.ApplicationException;

/** The dead letter asked for does not exist. */
@ApplicationException(rollback = true)
public class NoSuchDeadLetterException extends RuntimeException {

    public NoSuchDeadLetterException(long id) {
        super("No dead letter " + id);
    }
}
