package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the company grants one partner organisation: a discount off the list price (where no
 * price is agreed per product), the partner's own credit line and its payment days. Kept by the
 * ERP, which prices and bills; a partner reads its own terms, never another's.
 */
@Entity
@Table(name = "partner_terms")
public class PartnerTerms {

    /** Direct customers, and partners without terms, pay within this many days. */
    public static final int STANDARD_PAYMENT_DAYS = 30;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "credit_line", nullable = false, precision = 12, scale = 2)
    private BigDecimal creditLine;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_days", nullable = false)
    private int paymentDays;

    protected PartnerTerms() {
    }

    /** The list price less the discount, to the cent (half up). */
    public BigDecimal discounted(BigDecimal listPrice) {
        BigDecimal factor = BigDecimal.ONE.subtract(discountPercent.movePointLeft(2));
        return listPrice.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public BigDecimal getCreditLine() {
        return creditLine;
    }

    public String getCurrency() {
        return currency;
    }

    public int getPaymentDays() {
        return paymentDays;
    }
}
