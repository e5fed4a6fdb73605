package dev.portico.access.directory;

import jakarta.ejb.ApplicationException;

/** No such user or role in the identity provider. */
@ApplicationException(rollback = true)
public class UnknownIdentityException extends RuntimeException {

    public UnknownIdentityException(String message) {
        super(message);
    }
}
