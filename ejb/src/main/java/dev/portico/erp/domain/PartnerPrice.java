package dev.portico.erp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A price agreed with one partner organisation for one product, in the product's currency. */
@Entity
@Table(name = "partner_price")
@IdClass(PartnerPrice.Key.class)
public class PartnerPrice {

    /** The primary key: organisation and SKU. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long organisationId;
        private String sku;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationId, key.organisationId) && Objects.equals(sku, key.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, sku);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(length = 32)
    private String sku;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    protected PartnerPrice() {
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
