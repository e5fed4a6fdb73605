package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Money received against an invoice; an invoice may be paid in parts. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Payment() {
    }

    Payment(Invoice invoice, BigDecimal amount, String recordedBy, Instant receivedAt) {
        this.invoice = invoice;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.receivedAt = receivedAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
