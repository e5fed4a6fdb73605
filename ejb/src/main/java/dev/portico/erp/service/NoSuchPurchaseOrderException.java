package dev.portico.erp.service;

import jakarta.ejb.ApplicationException;

/**
 * No purchase order with that id within the caller's scope: another supplier's purchase order
 * answers exactly like one that does not exist.
 */
@ApplicationException(rollback = true)
public class NoSuchPurchaseOrderException extends RuntimeException {

    public NoSuchPurchaseOrderException(long id) {
        super("No purchase order " + id);
    }
}
