package dev.portico.erp.supplier;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a purchase order for its supplier. */
public record SupplierOrderLine(String sku, String product, int quantity, int received, LocalDate promisedDate) implements Serializable {

    public int outstanding() {
        return quantity - received;
    }
}
