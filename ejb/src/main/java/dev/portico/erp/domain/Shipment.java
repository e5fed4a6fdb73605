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
import java.time.Instant;

/** An order leaving the warehouse, complete. */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id")
    private SalesOrder order;

    @Column(name = "shipped_at", nullable = false)
    private Instant shippedAt;

    @Column(name = "shipped_by", nullable = false, length = 100)
    private String shippedBy;

    /** Who carries it and its tracking number, when the warehouse gives them: what a partner tracks the parcel by. */
    @Column(length = 40)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    protected Shipment() {
    }

    Shipment(SalesOrder order, String shippedBy, Instant shippedAt, String carrier, String trackingNumber) {
        this.order = order;
        this.shippedBy = shippedBy;
        this.shippedAt = shippedAt;
        this.carrier = blankToNull(carrier);
        this.trackingNumber = blankToNull(trackingNumber);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Long getId() {
        return id;
    }
}
