package dev.portico.erp.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One product line of a sales order, at the price quoted, with the stock reserved for it so far. */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id")
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
    private List<StockReservation> reservations = new ArrayList<>();

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder order, int lineNo, String sku, int quantity, BigDecimal unitPrice) {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("line " + lineNo + " has no SKU");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("line " + lineNo + " orders " + quantity + " of " + sku);
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new IllegalArgumentException("line " + lineNo + " has no valid unit price");
        }
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    void addReservation(int granted, Instant now) {
        reservations.add(new StockReservation(this, granted, now));
    }

    public int reserved() {
        return reservations.stream().mapToInt(StockReservation::getQuantity).sum();
    }

    public int unreserved() {
        return quantity - reserved();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
