package dev.portico.erp.domain;

import jakarta.ejb.ApplicationException;

/** A stock change that would break the stock rules (counting away stock promised to orders). Rolls back. */
@ApplicationException(rollback = true)
public class StockException extends RuntimeException {

    public StockException(String message) {
        super(message);
    }
}
