package dev.portico.crm.domain;

/**
 * A decision on a partner's order that cannot be taken: the order is not waiting for approval,
 * or the approver is the buyer who submitted it (an order above a limit needs a second person).
 */
public class OrderDecisionException extends QuoteNotSignableException {

    public OrderDecisionException(Long quoteId, String message) {
        super(quoteId, message);
    }
}
