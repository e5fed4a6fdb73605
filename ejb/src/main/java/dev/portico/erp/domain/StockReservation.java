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
import java.time.Instant;

/** Stock promised to an order line at one moment; a line may collect several. */
@Entity
@Table(name = "stock_reservation")
public class StockReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_line_id")
    private SalesOrderLine line;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "reserved_at", nullable = false)
    private Instant reservedAt;

    protected StockReservation() {
    }

    StockReservation(SalesOrderLine line, int quantity, Instant reservedAt) {
        this.line = line;
        this.quantity = quantity;
        this.reservedAt = reservedAt;
    }

    public int getQuantity() {
        return quantity;
    }
}
