package dev.portico.crm.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a new quote: an ERP product code and how many. The price is always the ERP's (the
 * customer's partner price or the list price); staff may give a discount in percent of it
 * ({@code null}: none), with the quote's discount reason, within their role's limit.
 */
public record NewQuoteLine(
        @NotBlank @Size(max = 64) String sku,
        @Size(max = 200) String description,
        @Positive int quantity,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) implements Serializable {

    /** A line at the ERP's price. */
    public NewQuoteLine(String sku, String description, int quantity) {
        this(sku, description, quantity, null);
    }
}
