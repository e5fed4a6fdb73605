package dev.portico.erp.domain;

import jakarta.ejb.ApplicationException;

/**
 * What was asked of an order does not fit its state (shipping an order on credit hold, paying
 * more than is owed). Reaches the caller as is and rolls the transaction back, so no event about
 * it is published.
 */
@ApplicationException(rollback = true)
public class OrderStateException extends RuntimeException {

    public OrderStateException(String message) {
        super(message);
    }
}
