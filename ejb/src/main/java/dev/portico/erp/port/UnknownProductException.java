package dev.portico.erp.port;

/**
 * An order names a SKU the ERP does not know. Quotes are built from the ERP's catalogue, so this
 * is a mapping gap between the two systems, not a customer's mistake: deliberately a system
 * exception, so the message is rolled back, retried and parked in the dead-letter queue until
 * the catalogue is fixed and the message replayed.
 */
public class UnknownProductException extends RuntimeException {

    public UnknownProductException(String sku, long quoteId) {
        super("Quote " + quoteId + " orders unknown SKU '" + sku + "'");
    }
}
