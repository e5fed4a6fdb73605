package dev.portico.erp.domain;

import java.math.BigDecimal;

/**
 * A customer's exposure if a new order were accepted: what it owes (balance), what it has been
 * promised and not yet invoiced (open orders), and the new order. Over the limit, the order waits
 * for a manager.
 */
public record CreditCheck(BigDecimal creditLimit, BigDecimal balance, BigDecimal openOrders, BigDecimal orderTotal) {

    public BigDecimal exposure() {
        return balance.add(openOrders).add(orderTotal);
    }

    public boolean passes() {
        return exposure().compareTo(creditLimit) <= 0;
    }

    /** Why an order was held, in words a credit manager reads. */
    public String holdReason() {
        return "exposure " + exposure().toPlainString() + " (balance " + balance.toPlainString() + " + open orders "
                + openOrders.toPlainString() + " + this order " + orderTotal.toPlainString() + ") exceeds the credit limit "
                + creditLimit.toPlainString();
    }
}
