package dev.portico.erp.service;

import jakarta.ejb.ApplicationException;

/**
 * No order with that id within the caller's scope. An order outside the scope answers exactly
 * like one that does not exist.
 */
@ApplicationException(rollback = true)
public class NoSuchOrderException extends RuntimeException {

    public NoSuchOrderException(long orderId) {
        super("No order " + orderId);
    }
}
