package dev.portico.erp.supplier;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** An advance shipping notice; the same facts for the supplier who sent it and the warehouse expecting it. */
public record ShippingNoticeView(long id, long purchaseOrderId, LocalDate shippedOn, LocalDate expectedOn, String carrier,
                                 String trackingNumber, Map<String, Integer> quantities) implements Serializable {

    public ShippingNoticeView {
        quantities = Map.copyOf(quantities);
    }
}
