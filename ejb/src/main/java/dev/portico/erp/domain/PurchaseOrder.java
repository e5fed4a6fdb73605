package dev.portico.erp.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Goods ordered from a supplier, by the ERP because a sales order ran short or by the warehouse
 * by hand. The supplier is a partner organisation (its users see and confirm their purchase
 * orders in the external portal), referred to by id. Goods arrive in one or more receipts; a
 * line never takes more than was ordered.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supplier_organisation_id", nullable = false)
    private long supplierOrganisationId;

    @Column(name = "sales_order_id")
    private Long salesOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PurchaseOrderStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    /** The ERP's own order for a sales order's shortage. */
    public static PurchaseOrder forShortage(long supplierOrganisationId, long salesOrderId, Instant now) {
        PurchaseOrder po = manual(supplierOrganisationId, "erp", now);
        po.salesOrderId = salesOrderId;
        return po;
    }

    /** An order someone in the warehouse places by hand. */
    public static PurchaseOrder manual(long supplierOrganisationId, String createdBy, Instant now) {
        PurchaseOrder po = new PurchaseOrder();
        po.supplierOrganisationId = supplierOrganisationId;
        po.status = PurchaseOrderStatus.OPEN;
        po.createdAt = now;
        po.createdBy = createdBy;
        return po;
    }

    public void addLine(String sku, int quantity) {
        if (status != PurchaseOrderStatus.OPEN) {
            throw new OrderStateException("purchase order " + id + " is " + status + ": its lines are fixed");
        }
        if (lines.stream().anyMatch(l -> l.getSku().equals(sku))) {
            throw new OrderStateException("purchase order " + id + " already orders " + sku);
        }
        lines.add(new PurchaseOrderLine(this, sku, quantity));
    }

    /**
     * The supplier promises to deliver each line on a date of its own, none in the past: what the
     * warehouse plans receipts and the ERP its shortages by.
     */
    public void confirm(String by, Instant now, Map<String, LocalDate> promised, LocalDate today) {
        if (status != PurchaseOrderStatus.OPEN) {
            throw new OrderStateException("purchase order " + id + " is " + status + ": only an open one is confirmed");
        }
        for (PurchaseOrderLine line : lines) {
            LocalDate date = promised.get(line.getSku());
            if (date == null) {
                throw new OrderStateException(line.getSku() + ": a confirmation promises a delivery date for every line");
            }
            if (date.isBefore(today)) {
                throw new OrderStateException(line.getSku() + ": the promised date " + date + " is in the past");
            }
        }
        lines.forEach(line -> line.promise(promised.get(line.getSku())));
        status = PurchaseOrderStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = now;
    }

    /**
     * The warehouse accepted the supplier's proposed change: the lines take its quantities and
     * dates, and the order counts as confirmed by the supplier who proposed it.
     */
    public void acceptChange(PurchaseOrderChange change, Instant now) {
        if (status != PurchaseOrderStatus.OPEN) {
            throw new OrderStateException("purchase order " + id + " is " + status + ": a change is accepted while it is open");
        }
        for (PurchaseOrderChange.Line proposed : change.getLines()) {
            lines.stream().filter(l -> l.getSku().equals(proposed.getSku())).findFirst()
                    .orElseThrow(() -> new OrderStateException("purchase order " + id + " has no line " + proposed.getSku()))
                    .change(proposed.getQuantity(), proposed.getPromisedDate());
        }
        status = PurchaseOrderStatus.CONFIRMED;
        confirmedBy = change.getProposedBy();
        confirmedAt = now;
    }

    /**
     * Goods arrived: {@code quantities} per SKU, each at most what is still outstanding on its
     * line. The order is RECEIVED once every line is complete, PARTLY_RECEIVED before.
     */
    public void receive(Map<String, Integer> quantities) {
        if (!status.receivable()) {
            throw new OrderStateException("purchase order " + id + " is " + status + ": nothing more can arrive on it");
        }
        if (quantities.isEmpty() || quantities.values().stream().allMatch(q -> q == 0)) {
            throw new OrderStateException("a receipt on purchase order " + id + " receives something");
        }
        quantities.forEach((sku, quantity) -> lines.stream().filter(l -> l.getSku().equals(sku)).findFirst()
                .orElseThrow(() -> new OrderStateException("purchase order " + id + " does not order " + sku))
                .receive(quantity));
        status = lines.stream().allMatch(PurchaseOrderLine::complete) ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public long getSupplierOrganisationId() {
        return supplierOrganisationId;
    }

    public Long getSalesOrderId() {
        return salesOrderId;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public List<PurchaseOrderLine> getLines() {
        return List.copyOf(lines);
    }
}
