package dev.portico.erp.service;

import dev.portico.erp.partner.InvoiceState;
import jakarta.validation.constraints.Positive;
import java.io.Serializable;

/** Which invoices: by state (null: any) and customer (the CRM account id; null: every customer in scope). */
public record InvoiceQuery(InvoiceState state, @Positive Long crmAccountId) implements Serializable {

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null);
    }
}
