package dev.portico.access.service;

import jakarta.ejb.ApplicationException;

/** The requested change makes no sense against the policy in force (a duplicate or missing rule). */
@ApplicationException(rollback = true)
public class PolicyChangeRejectedException extends RuntimeException {

    public PolicyChangeRejectedException(String message) {
        super(message);
    }
}
