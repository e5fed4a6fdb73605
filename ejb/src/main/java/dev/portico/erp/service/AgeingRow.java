package dev.portico.erp.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one customer owes in one currency, by how long it is overdue: not yet due, 1–30, 31–60,
 * 61–90 and more than 90 days past the due date (an invoice exactly 30 days overdue is in 1–30;
 * a second later, in 31–60). Only outstanding amounts count: a partial payment lowers its
 * invoice's bucket, a full one takes it out. {@code crmAccountId} 0 is a total over customers.
 */
public record AgeingRow(long crmAccountId, String currency, BigDecimal current, BigDecimal days1To30, BigDecimal days31To60,
                        BigDecimal days61To90, BigDecimal over90, long invoices) implements Serializable {

    public BigDecimal overdue() {
        return days1To30.add(days31To60).add(days61To90).add(over90);
    }

    public BigDecimal total() {
        return current.add(overdue());
    }

    public List<BigDecimal> buckets() {
        return List.of(current, days1To30, days31To60, days61To90, over90);
    }

    AgeingRow plus(AgeingRow other) {
        return new AgeingRow(0, currency, current.add(other.current), days1To30.add(other.days1To30), days31To60.add(other.days31To60),
                days61To90.add(other.days61To90), over90.add(other.over90), invoices + other.invoices);
    }
}
