package dev.portico.erp.domain;

import java.util.Set;

/** Where a sales order stands. An order only moves forward, along {@link #next()}. */
public enum OrderStatus {
    RECEIVED,
    CREDIT_HOLD,
    CONFIRMED,
    SHIPPED,
    INVOICED,
    PAID;

    public Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(CONFIRMED, CREDIT_HOLD);
            case CREDIT_HOLD -> Set.of(CONFIRMED);
            case CONFIRMED -> Set.of(SHIPPED);
            case SHIPPED -> Set.of(INVOICED);
            case INVOICED -> Set.of(PAID);
            case PAID -> Set.of();
        };
    }

    /** Confirmed orders not yet invoiced: promised to the customer, not yet in the balance. */
    public boolean isOpenForCredit() {
        return this == CONFIRMED || this == SHIPPED;
    }
}
