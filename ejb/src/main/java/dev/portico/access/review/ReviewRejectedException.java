package dev.portico.access.review;

import jakarta.ejb.ApplicationException;

/** A campaign that cannot be started as asked (an unknown user, nothing to review); nothing was created. */
@ApplicationException(rollback = true)
public class ReviewRejectedException extends RuntimeException {

    public ReviewRejectedException(String message) {
        super(message);
    }
}
