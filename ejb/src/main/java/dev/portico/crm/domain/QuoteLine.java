package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One product on a quote. The SKU is the ERP's product code: the CRM does not own products. */
@Entity
@Table(name = "quote_line")
public class QuoteLine {

    /**
     * What a line says, before it belongs to a quote: the list price the ERP gives and the
     * discount (percent) staff grant on it; the unit price follows, to the cent.
     */
    public record Item(String sku, String description, int quantity, BigDecimal listPrice, BigDecimal discountPercent) {

        private static final BigDecimal HUNDRED = new BigDecimal("100");

        public Item {
            if (sku == null || sku.isBlank()) {
                throw new IllegalArgumentException("a line needs a SKU");
            }
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
            if (listPrice == null || listPrice.signum() < 0) {
                throw new IllegalArgumentException("unit price must be zero or more");
            }
            discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
            if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("a discount is between 0 and 100 percent");
            }
            sku = sku.strip();
            description = description == null || description.isBlank() ? null : description.strip();
            // Money has cents: a price with more decimals is a typing error, not a rounding choice.
            listPrice = listPrice.setScale(2, RoundingMode.UNNECESSARY);
            discountPercent = discountPercent.setScale(2, RoundingMode.UNNECESSARY);
        }

        /** A line at its price, without a discount (a partner's order: the partner's price is already its own). */
        public Item(String sku, String description, int quantity, BigDecimal unitPrice) {
            this(sku, description, quantity, unitPrice, BigDecimal.ZERO);
        }

        public BigDecimal unitPrice() {
            return listPrice.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false)
    private Quote quote;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(length = 200)
    private String description;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "list_price", precision = 15, scale = 2)
    private BigDecimal listPrice;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent = BigDecimal.ZERO;

    protected QuoteLine() {
    }

    QuoteLine(Quote quote, int lineNo, Item item) {
        this.quote = quote;
        this.lineNo = lineNo;
        this.sku = item.sku();
        this.description = item.description();
        this.quantity = item.quantity();
        this.unitPrice = item.unitPrice();
        this.listPrice = item.listPrice();
        this.discountPercent = item.discountPercent();
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
