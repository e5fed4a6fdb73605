package dev.portico.crm.domain;

/** Only a draft can be signed: a quote becomes at most one order. */
public class QuoteNotDraftException extends QuoteNotSignableException {

    public QuoteNotDraftException(Long quoteId, QuoteStatus status) {
        super(quoteId, "quote " + quoteId + " is " + status + ", only a draft can be signed");
    }
}
