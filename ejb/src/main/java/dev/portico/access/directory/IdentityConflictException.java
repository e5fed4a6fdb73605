package dev.portico.access.directory;

import jakarta.ejb.ApplicationException;

/** The identity provider already has a user with this username or e-mail address. */
@ApplicationException(rollback = true)
public class IdentityConflictException extends RuntimeException {

    public IdentityConflictException(String message) {
        super(message);
    }
}
