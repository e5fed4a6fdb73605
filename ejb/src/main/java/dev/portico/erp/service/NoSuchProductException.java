package dev.portico.erp.service;

import jakarta.ejb.ApplicationException;

/** No product with that SKU in the catalogue. */
@ApplicationException(rollback = true)
public class NoSuchProductException extends RuntimeException {

    public NoSuchProductException(String sku) {
        super("No product '" + sku + "'");
    }
}
