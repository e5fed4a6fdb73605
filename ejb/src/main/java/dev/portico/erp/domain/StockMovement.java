package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a product's stock, as {@link Product} made it (the changes and the levels after
 * it), then {@linkplain #attribute attributed} by whoever asked for it: who, why, for which order.
 * Written once, never changed.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private StockMovementKind kind;

    @Column(name = "on_hand_change", nullable = false, updatable = false)
    private int onHandChange;

    @Column(name = "reserved_change", nullable = false, updatable = false)
    private int reservedChange;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    private int onHandAfter;

    @Column(name = "reserved_after", nullable = false, updatable = false)
    private int reservedAfter;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String reason;

    @Column(name = "sales_order_id", updatable = false)
    private Long salesOrderId;

    @Column(name = "purchase_order_id", updatable = false)
    private Long purchaseOrderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected StockMovement() {
    }

    StockMovement(String sku, StockMovementKind kind, int onHandChange, int reservedChange, int onHandAfter, int reservedAfter) {
        this.sku = sku;
        this.kind = kind;
        this.onHandChange = onHandChange;
        this.reservedChange = reservedChange;
        this.onHandAfter = onHandAfter;
        this.reservedAfter = reservedAfter;
    }

    /** Who asked for the change, why, and which order it served; done once, before it is stored. */
    public StockMovement attribute(String actor, String reason, Long salesOrderId, Long purchaseOrderId, Instant at) {
        if (this.actor != null) {
            throw new IllegalStateException("movement of " + sku + " already attributed to " + this.actor);
        }
        if (actor == null || actor.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a stock movement needs who and why");
        }
        this.actor = actor;
        this.reason = reason.length() <= MAX_TEXT ? reason : reason.substring(0, MAX_TEXT);
        this.salesOrderId = salesOrderId;
        this.purchaseOrderId = purchaseOrderId;
        this.occurredAt = at;
        return this;
    }

    public String getSku() {
        return sku;
    }

    public StockMovementKind getKind() {
        return kind;
    }

    public int getOnHandChange() {
        return onHandChange;
    }

    public int getReservedChange() {
        return reservedChange;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public int getReservedAfter() {
        return reservedAfter;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }
}
