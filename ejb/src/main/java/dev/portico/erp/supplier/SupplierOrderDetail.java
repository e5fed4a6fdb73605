package dev.portico.erp.supplier;

import java.io.Serializable;
import java.util.List;

/** A purchase order for its supplier: lines, the latest change proposal (or null), shipping notices. */
public record SupplierOrderDetail(SupplierOrder order, List<SupplierOrderLine> lines, SupplierChange change,
                                  List<ShippingNoticeView> notices) implements Serializable {

    public SupplierOrderDetail {
        lines = List.copyOf(lines);
        notices = List.copyOf(notices);
    }
}
