package dev.portico.erp.service.internal;

/**
 * The ERP's one lock order, as a rule that can be checked: rows are locked by kind, in the order
 * of {@link Kind}, and within a kind by ascending key. Two transactions that both follow it can
 * wait for each other but never in a circle, so they cannot deadlock. A use case that asks for a
 * lock out of order has a bug that would show only under load; {@link #next} makes it show at once.
 */
final class LockOrder {

    /** What is locked, in the order it is locked. */
    enum Kind {
        /** {@code erp_customer}: the credit check's row. */
        CUSTOMER,
        /** {@code product}, by SKU: stock on hand and reserved. */
        PRODUCT,
        /** {@code sales_order}, by id: its status, lines and reservations. */
        SALES_ORDER,
        /** {@code purchase_order}, by id: its status and received quantities. */
        PURCHASE_ORDER
    }

    private Kind kind;
    private Comparable<Object> last;

    /**
     * Records the lock of {@code key} of {@code kind}, or refuses it if it comes too late.
     *
     * @throws IllegalStateException if a later kind, or a greater key of the same kind, is already locked
     */
    @SuppressWarnings("unchecked")
    void next(Kind next, Comparable<?> key) {
        if (kind != null && (next.compareTo(kind) < 0 || next == kind && last.compareTo(key) > 0)) {
            throw new IllegalStateException("ERP lock order broken: " + next + " " + key + " asked for after " + kind + " " + last
                    + " (customer, then products by SKU, then sales orders by id, then purchase orders by id)");
        }
        kind = next;
        last = (Comparable<Object>) key;
    }
}
