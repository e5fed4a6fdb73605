package dev.portico.integration.monitor;

import jakarta.ejb.ApplicationException;

/** A replay that must not happen: already replayed, no longer in the DLQ, or an unknown destination. */
@ApplicationException(rollback = true)
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String message) {
        super(message);
    }
}
