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
import java.util.ArrayList;
import java.util.List;

/**
 * Goods ordered from a supplier because a sales order ran short. The supplier is a partner
 * organisation (its users see their purchase orders in the external portal), referred to by id.
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

    @OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL)
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    public static PurchaseOrder forShortage(long supplierOrganisationId, long salesOrderId, Instant now) {
        PurchaseOrder po = new PurchaseOrder();
        po.supplierOrganisationId = supplierOrganisationId;
        po.salesOrderId = salesOrderId;
        po.status = PurchaseOrderStatus.OPEN;
        po.createdAt = now;
        return po;
    }

    public void addLine(String sku, int quantity) {
        lines.add(new PurchaseOrderLine(this, sku, quantity));
    }

    public Long getId() {
        return id;
    }

    public long getSupplierOrganisationId() {
        return supplierOrganisationId;
    }

    public List<PurchaseOrderLine> getLines() {
        return List.copyOf(lines);
    }
}
