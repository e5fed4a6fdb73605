package dev.portico.crm.domain;

import dev.portico.contract.ErpEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One thing the ERP reported about a signed quote's order. Written only by the ERP event
 * consumer (an idempotent INSERT keyed by the message id), hence read-only here.
 */
@Entity
@ReadOnly
@Table(name = "order_timeline")
public class OrderTimelineEntry {

    @Id
    private Long id;

    @Column(name = "quote_id", nullable = false)
    private long quoteId;

    @Column(name = "erp_order_id", nullable = false)
    private long erpOrderId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "crm_account_id", nullable = false)
    private CustomerAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private ErpEventType type;

    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(precision = 15, scale = 2)
    private BigDecimal balance;

    @Column(length = 1000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected OrderTimelineEntry() {
    }
}
