package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The bill for a shipped order, one per order. */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id")
    private SalesOrder order;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    /** Issued plus the customer's payment days (its partner's terms, or the company's 30). */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected Invoice() {
    }

    Invoice(SalesOrder order, BigDecimal amount, String currency, String issuedBy, Instant issuedAt, Instant dueAt) {
        this.order = order;
        this.amount = amount;
        this.currency = currency;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.dueAt = dueAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
