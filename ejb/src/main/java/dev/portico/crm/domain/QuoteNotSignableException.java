package dev.portico.crm.domain;

import jakarta.ejb.ApplicationException;

/**
 * A quote that may not become an order. An application exception: the caller gets it as is and
 * the transaction rolls back, so no {@code OrderSubmitted} leaves.
 */
@ApplicationException(rollback = true)
public abstract class QuoteNotSignableException extends RuntimeException {

    private final long quoteId;

    protected QuoteNotSignableException(long quoteId, String message) {
        super(message);
        this.quoteId = quoteId;
    }

    public long quoteId() {
        return quoteId;
    }
}
