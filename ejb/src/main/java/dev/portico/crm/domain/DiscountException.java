package dev.portico.crm.domain;

import jakarta.ejb.ApplicationException;

/**
 * A discount the rules do not allow as it stands: without a reason, beyond the signer's limit and
 * not approved, approved by its own owner or beyond the approver's limit.
 */
@ApplicationException(rollback = true)
public class DiscountException extends QuoteNotSignableException {

    public DiscountException(Long quoteId, String message) {
        super(quoteId, message);
    }
}
