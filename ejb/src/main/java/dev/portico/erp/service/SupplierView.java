package dev.portico.erp.service;

import java.io.Serializable;

/** A partner organisation that supplies products, as a purchase order form offers it. */
public record SupplierView(long id, String name) implements Serializable {
}
