package dev.portico.crm.service;

import jakarta.ejb.ApplicationException;

/** The request named a partner organisation that does not exist. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException(String alias) {
        super("No partner organisation with alias '" + alias + "'");
    }
}
