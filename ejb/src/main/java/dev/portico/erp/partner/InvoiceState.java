package dev.portico.erp.partner;

/** Where an invoice stands for the customer: open until due, overdue after, paid when nothing is outstanding. */
public enum InvoiceState {
    OPEN,
    OVERDUE,
    PAID
}
