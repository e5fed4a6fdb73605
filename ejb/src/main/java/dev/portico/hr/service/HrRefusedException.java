package dev.portico.hr.service;

import jakarta.ejb.ApplicationException;

/** An HR change the records refuse (unknown department or manager, a leaver moved, a username taken); nothing changed. */
@ApplicationException(rollback = true)
public class HrRefusedException extends RuntimeException {

    private final String field;

    public HrRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, for a form or a problem+json; may be null. */
    public String field() {
        return field;
    }
}
