package dev.portico.access.review;

import jakarta.ejb.ApplicationException;

/** The campaign has ended (completed or closed early): its items can no longer be decided, nor can it be closed again. */
@ApplicationException(rollback = true)
public class ReviewNotOpenException extends RuntimeException {

    public ReviewNotOpenException(String message) {
        super(message);
    }
}
