package dev.portico.access.people;

import jakarta.ejb.ApplicationException;

/** No such user in the caller's organisation: a user of another organisation looks exactly like a missing one. */
@ApplicationException(rollback = true)
public class NoSuchPartnerUserException extends RuntimeException {

    public NoSuchPartnerUserException(String username) {
        super("no user " + username + " in your organisation");
    }
}
