package dev.portico.crm.domain;

/** An inactive account does not buy until it is reopened. */
public class InactiveAccountQuoteException extends QuoteNotSignableException {

    public InactiveAccountQuoteException(long quoteId, long accountId) {
        super(quoteId, "quote " + quoteId + " belongs to account " + accountId + ", which is inactive");
    }
}
