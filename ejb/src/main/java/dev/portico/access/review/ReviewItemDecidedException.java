package dev.portico.access.review;

import jakarta.ejb.ApplicationException;

/** The item has a decision already; a decision is final, the ledger holds it. */
@ApplicationException(rollback = true)
public class ReviewItemDecidedException extends RuntimeException {

    public ReviewItemDecidedException(String message) {
        super(message);
    }
}
