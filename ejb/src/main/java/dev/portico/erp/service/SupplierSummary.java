package dev.portico.erp.service;

import java.io.Serializable;

/** A partner organisation that supplies products, as a purchase order form offers it. */
public record SupplierSummary(long id, String name) implements Serializable {
}
