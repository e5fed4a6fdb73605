package dev.portico.hr.service;

import jakarta.ejb.ApplicationException;

/** No employee of that username within the caller's scope: outside scope answers like missing. */
@ApplicationException(rollback = true)
public class NoSuchEmployeeException extends RuntimeException {

    public NoSuchEmployeeException(String username) {
        super("no employee " + username);
    }
}
