package dev.portico.erp.service;

import jakarta.ejb.ApplicationException;

/** A purchase order for an organisation that is not a supplier (or not one the caller may order from). */
@ApplicationException(rollback = true)
public class UnknownSupplierException extends RuntimeException {

    public UnknownSupplierException(long organisationId) {
        super("No supplier " + organisationId);
    }
}
