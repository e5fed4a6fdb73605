package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A product the company sells, with its stock. {@code reserved} is stock on the shelf already
 * promised to orders; only the rest is {@link #available()}. The supplier is a partner
 * organisation, referred to by id: the ERP does not own partner records. Every stock change
 * leaves a {@link StockMovement}, which the caller {@linkplain #takeMovements takes}, attributes
 * (who, why) and stores: the product knows what changed, only the use case knows why.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @Column(length = 32)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "stock_on_hand", nullable = false)
    private int stockOnHand;

    @Column(nullable = false)
    private int reserved;

    @Column(name = "reorder_level", nullable = false)
    private int reorderLevel;

    @Column(name = "supplier_organisation_id")
    private Long supplierOrganisationId;

    /** When the company stopped selling it; reserving and shipping what was ordered before go on. */
    @Column(name = "discontinued_at")
    private Instant discontinuedAt;

    @Version
    private long version;

    @Transient
    private final List<StockMovement> unrecorded = new ArrayList<>();

    protected Product() {
    }

    public Product(String sku, String name, BigDecimal unitPrice, String currency, int stockOnHand, int reorderLevel,
                   Long supplierOrganisationId) {
        if (sku == null || sku.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a SKU and a name");
        }
        if (stockOnHand < 0 || reorderLevel < 0) {
            throw new IllegalArgumentException("stock and reorder level cannot be negative");
        }
        this.sku = sku;
        this.name = name;
        this.currency = currency;
        this.stockOnHand = stockOnHand;
        this.reorderLevel = reorderLevel;
        this.supplierOrganisationId = supplierOrganisationId;
        changePrice(unitPrice);
    }

    public int available() {
        return stockOnHand - reserved;
    }

    /** Reserves as much of {@code requested} as is available, and says how much that was. */
    public int reserve(int requested) {
        if (requested <= 0) {
            throw new IllegalArgumentException("reserve a positive quantity, not " + requested);
        }
        int granted = Math.min(requested, available());
        reserved += granted;
        if (granted > 0) {
            moved(StockMovementKind.RESERVATION, 0, granted);
        }
        return granted;
    }

    /** Reserved stock leaves the warehouse. */
    public void ship(int quantity) {
        if (quantity <= 0 || quantity > reserved) {
            throw new IllegalStateException("cannot ship " + quantity + " of " + sku + ": " + reserved + " reserved");
        }
        reserved -= quantity;
        stockOnHand -= quantity;
        moved(StockMovementKind.SHIPMENT, -quantity, -quantity);
    }

    /** A stock count or a delivery; stock promised to orders cannot be counted away. */
    public void adjustStock(int delta) {
        if (delta == 0) {
            throw new StockException("an adjustment of " + sku + " changes the stock: 0 is no adjustment");
        }
        long after = (long) stockOnHand + delta;
        if (after < reserved) {
            throw new StockException("stock of " + sku + " cannot fall to " + after + ": " + reserved + " are reserved");
        }
        stockOnHand = Math.toIntExact(after);
        moved(StockMovementKind.ADJUSTMENT, delta, 0);
    }

    /** Goods from a supplier arrive on the shelf. */
    public void receive(int quantity) {
        if (quantity <= 0) {
            throw new StockException("a receipt of " + sku + " adds a positive quantity, not " + quantity);
        }
        stockOnHand = Math.addExact(stockOnHand, quantity);
        moved(StockMovementKind.RECEIPT, quantity, 0);
    }

    /** The movements since the last call, oldest first, for the caller to attribute and store. */
    public List<StockMovement> takeMovements() {
        List<StockMovement> taken = List.copyOf(unrecorded);
        unrecorded.clear();
        return taken;
    }

    private void moved(StockMovementKind kind, int onHandChange, int reservedChange) {
        unrecorded.add(new StockMovement(sku, kind, onHandChange, reservedChange, stockOnHand, reserved));
    }

    /** What a catalogue feed may restate besides price and stock. */
    public void revise(String name, String currency, int reorderLevel, Long supplierOrganisationId) {
        if (name == null || name.isBlank() || reorderLevel < 0) {
            throw new IllegalArgumentException("a product needs a name and a reorder level of 0 or more");
        }
        this.name = name;
        this.currency = currency;
        this.reorderLevel = reorderLevel;
        this.supplierOrganisationId = supplierOrganisationId;
    }

    /** Stops selling it, once: true when this call did (a second call changes nothing). */
    public boolean discontinue(Instant at) {
        if (discontinuedAt != null) {
            return false;
        }
        discontinuedAt = at;
        return true;
    }

    /** Sells it again (a catalogue feed states it): true when it was discontinued. */
    public boolean relist() {
        boolean was = discontinuedAt != null;
        discontinuedAt = null;
        return was;
    }

    public Instant getDiscontinuedAt() {
        return discontinuedAt;
    }

    public final void changePrice(BigDecimal price) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("a price is zero or more");
        }
        unitPrice = price;
    }

    /**
     * How many to order from the supplier when {@code shortBy} are missing: the shortage plus
     * enough to be back at the reorder level afterwards, so the next order does not run short at once.
     */
    public int reorderQuantity(int shortBy) {
        return shortBy + reorderLevel;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public int getStockOnHand() {
        return stockOnHand;
    }

    public int getReserved() {
        return reserved;
    }

    public int getReorderLevel() {
        return reorderLevel;
    }

    public Long getSupplierOrganisationId() {
        return supplierOrganisationId;
    }
}
