package dev.portico.access.service;

import jakarta.ejb.ApplicationException;

/** A grant, approval or revocation that cannot be done as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class GrantRejectedException extends RuntimeException {

    public GrantRejectedException(String message) {
        super(message);
    }
}
