package dev.portico.access.review;

import jakarta.ejb.ApplicationException;

/** No such campaign, or not one the caller may see. */
@ApplicationException(rollback = true)
public class NoSuchReviewException extends RuntimeException {

    public NoSuchReviewException(String message) {
        super(message);
    }
}
