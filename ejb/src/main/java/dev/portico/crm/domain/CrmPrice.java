package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the CRM's price list, as the ERP's catalogue events last set it. Written only by the catalogue consumer. */
@Entity
@Table(name = "crm_price")
public class CrmPrice {

    @Id
    @Column(length = 32)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    /** Set when the ERP discontinued the product: no new quote line is priced from it. */
    @Column(name = "discontinued_at")
    private Instant discontinuedAt;

    protected CrmPrice() {
    }
}
