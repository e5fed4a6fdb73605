package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * How much one buyer of a partner organisation may order without an approver, set by the
 * organisation's partner administrator. An order in another currency always needs approval.
 */
@Entity
@Table(name = "purchase_limit")
@IdClass(PurchaseLimit.Key.class)
public class PurchaseLimit {

    /** The primary key: organisation and username. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long organisationId;
        private String username;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationId, key.organisationId) && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, username);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected PurchaseLimit() {
    }

    public PurchaseLimit(long organisationId, String username, BigDecimal amount, String currency, String setBy, Instant now) {
        this.organisationId = organisationId;
        this.username = username;
        change(amount, currency, setBy, now);
    }

    public void change(BigDecimal amount, String currency, String setBy, Instant now) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a purchase limit is zero or more");
        }
        this.amount = amount;
        this.currency = currency;
        this.setBy = setBy;
        this.setAt = now;
    }

    /** Whether an order of {@code total} in {@code orderCurrency} may be signed without an approver. */
    public boolean allows(BigDecimal total, String orderCurrency) {
        return currency.equals(orderCurrency) && total.compareTo(amount) <= 0;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }
}
