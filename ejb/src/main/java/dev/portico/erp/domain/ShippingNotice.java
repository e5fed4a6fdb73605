package dev.portico.erp.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * An advance shipping notice: what a supplier has shipped on a confirmed purchase order, when
 * it should arrive and how to track it. The warehouse plans its receipts by it; the receipt
 * itself is still counted on arrival.
 */
@Entity
@Table(name = "shipping_notice")
public class ShippingNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "purchase_order_id", nullable = false)
    private long purchaseOrderId;

    @Column(name = "shipped_on", nullable = false)
    private LocalDate shippedOn;

    @Column(name = "expected_on", nullable = false)
    private LocalDate expectedOn;

    @Column(nullable = false, length = 40)
    private String carrier;

    @Column(name = "tracking_number", nullable = false, length = 64)
    private String trackingNumber;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "shipping_notice_line", joinColumns = @JoinColumn(name = "notice_id"))
    @MapKeyColumn(name = "sku", length = 32)
    @Column(name = "quantity", nullable = false)
    private Map<String, Integer> quantities = new TreeMap<>();

    protected ShippingNotice() {
    }

    /**
     * A notice for a confirmed order: each product one of its lines, at most what is still
     * outstanding of it, arriving no earlier than it ships.
     */
    public static ShippingNotice announce(PurchaseOrder order, LocalDate shippedOn, LocalDate expectedOn, String carrier,
                                          String trackingNumber, Map<String, Integer> quantities, String by, Instant now) {
        if (order.getStatus() != PurchaseOrderStatus.CONFIRMED && order.getStatus() != PurchaseOrderStatus.PARTLY_RECEIVED) {
            throw new OrderStateException("purchase order " + order.getId() + " is " + order.getStatus() + ": goods ship once it is confirmed");
        }
        if (expectedOn.isBefore(shippedOn)) {
            throw new OrderStateException("the goods cannot arrive (" + expectedOn + ") before they ship (" + shippedOn + ")");
        }
        Map<String, Integer> shipped = new TreeMap<>();
        quantities.forEach((sku, quantity) -> {
            if (quantity != null && quantity > 0) {
                PurchaseOrderLine line = order.getLines().stream().filter(l -> l.getSku().equals(sku)).findFirst()
                        .orElseThrow(() -> new OrderStateException(sku + " is not on purchase order " + order.getId()));
                if (quantity > line.outstanding()) {
                    throw new OrderStateException(sku + ": " + quantity + " is more than the " + line.outstanding() + " outstanding");
                }
                shipped.put(sku, quantity);
            }
        });
        if (shipped.isEmpty()) {
            throw new OrderStateException("a shipping notice ships something");
        }
        ShippingNotice notice = new ShippingNotice();
        notice.purchaseOrderId = order.getId();
        notice.shippedOn = shippedOn;
        notice.expectedOn = expectedOn;
        notice.carrier = carrier.strip();
        notice.trackingNumber = trackingNumber.strip();
        notice.quantities = shipped;
        notice.createdBy = by;
        notice.createdAt = now;
        return notice;
    }

    public Long getId() {
        return id;
    }

    public long getPurchaseOrderId() {
        return purchaseOrderId;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Map<String, Integer> getQuantities() {
        return Map.copyOf(quantities);
    }
}
