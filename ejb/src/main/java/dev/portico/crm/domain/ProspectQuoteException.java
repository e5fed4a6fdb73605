package dev.portico.crm.domain;

/** Prospects never reach the ERP: the account must be a customer (ACTIVE) before its quote is signed. */
public class ProspectQuoteException extends QuoteNotSignableException {

    public ProspectQuoteException(Long quoteId, Long accountId) {
        super(quoteId, "quote " + quoteId + " belongs to account " + accountId
                + ", a prospect: prospects never reach the ERP");
    }
}
