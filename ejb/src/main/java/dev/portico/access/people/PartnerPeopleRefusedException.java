package dev.portico.access.people;

import jakarta.ejb.ApplicationException;

/**
 * A change "Our people" never makes: a role that is not a partner role of the organisation or
 * not the administrator's own, a change to the administrator themself, a second open
 * re-certification. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class PartnerPeopleRefusedException extends RuntimeException {

    public PartnerPeopleRefusedException(String message) {
        super(message);
    }
}
