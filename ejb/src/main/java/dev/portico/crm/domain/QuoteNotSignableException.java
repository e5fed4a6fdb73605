package dev.portico.crm.domain;

import jakarta.ejb.ApplicationException;

/**
 * A quote that may not become an order. An application exception: the caller gets it as is and
 * the transaction rolls back, so no {@code OrderSubmitted} leaves.
 */
@ApplicationException(rollback = true)
public abstract class QuoteNotSignableException extends RuntimeException {

    private final Long quoteId;

    /** {@code quoteId} is null only for a quote not yet saved. */
    protected QuoteNotSignableException(Long quoteId, String message) {
        super(message);
        this.quoteId = quoteId;
    }

    public Long quoteId() {
        return quoteId;
    }
}
