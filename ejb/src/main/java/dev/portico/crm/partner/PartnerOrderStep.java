package dev.portico.crm.partner;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of an order's progress as the partner reads it. {@code note} is written for the
 * partner (a carrier and tracking number, an invoiced amount, an approver's reason), never the
 * ERP's internal detail (a credit hold's figures, a shortage's quantities).
 */
public record PartnerOrderStep(Kind kind, Instant at, String note) implements Serializable {

    public enum Kind {
        SUBMITTED,
        APPROVED,
        REJECTED,
        CANCELLED,
        CONFIRMED,
        UNDER_REVIEW,
        WAITING_FOR_STOCK,
        SHIPPED,
        INVOICED,
        PAYMENT_RECEIVED
    }
}
