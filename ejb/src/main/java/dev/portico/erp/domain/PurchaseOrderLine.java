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
import java.time.LocalDate;

/** How many of one product a purchase order asks for. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "quantity_received", nullable = false)
    private int quantityReceived;

    /** The day the supplier promised to deliver, once they confirmed. */
    @Column(name = "promised_date")
    private LocalDate promisedDate;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(PurchaseOrder purchaseOrder, String sku, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a purchase order line orders a positive quantity");
        }
        this.purchaseOrder = purchaseOrder;
        this.sku = sku;
        this.quantity = quantity;
    }

    void receive(int arrived) {
        if (arrived < 0 || arrived > outstanding()) {
            throw new OrderStateException("cannot receive " + arrived + " of " + sku + ": " + outstanding() + " outstanding");
        }
        quantityReceived += arrived;
    }

    void promise(LocalDate date) {
        this.promisedDate = date;
    }

    /** An accepted change: the new quantity (never below what has arrived) and date. */
    void change(int newQuantity, LocalDate date) {
        if (newQuantity <= 0 || newQuantity < quantityReceived) {
            throw new OrderStateException(sku + ": " + newQuantity + " is below the " + quantityReceived + " already received");
        }
        this.quantity = newQuantity;
        this.promisedDate = date;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public int outstanding() {
        return quantity - quantityReceived;
    }

    boolean complete() {
        return quantityReceived == quantity;
    }

    public int getQuantityReceived() {
        return quantityReceived;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }
}
