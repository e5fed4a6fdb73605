package dev.portico.crm.domain;

/** An inactive account does not buy until it is reopened. */
public class InactiveAccountQuoteException extends QuoteNotSignableException {

    public InactiveAccountQuoteException(Long quoteId, Long accountId) {
        super(quoteId, "quote " + quoteId + " belongs to account " + accountId + ", which is inactive");
    }
}
