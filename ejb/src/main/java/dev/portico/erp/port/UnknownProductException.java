package dev.portico.erp.port;

import dev.portico.contract.UnprocessableMessageException;

/**
 * An order names a SKU the ERP does not know. Quotes are built from the ERP's catalogue, so this
 * is a mapping gap between the two systems, not a customer's mistake: the message is parked in
 * the dead-letter queue at once, until the catalogue is fixed and the message replayed. A system
 * exception, so everything the delivery did rolls back.
 */
public class UnknownProductException extends UnprocessableMessageException {

    public UnknownProductException(String sku, long quoteId) {
        super("Quote " + quoteId + " orders unknown SKU '" + sku + "'");
    }
}
