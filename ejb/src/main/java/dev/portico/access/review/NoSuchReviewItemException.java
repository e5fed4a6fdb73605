package dev.portico.access.review;

import jakarta.ejb.ApplicationException;

/**
 * No item with this id awaits the caller's decision. Said alike for an id that does not exist
 * and for another reviewer's item, so a reviewer cannot learn who else is under review.
 */
@ApplicationException(rollback = true)
public class NoSuchReviewItemException extends RuntimeException {

    public NoSuchReviewItemException(long itemId) {
        super("No review item " + itemId + " awaits your decision");
    }
}
