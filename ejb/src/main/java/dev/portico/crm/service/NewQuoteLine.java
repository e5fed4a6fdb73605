package dev.portico.crm.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a new quote: an ERP product code, how many, at what price ({@code null}: the ERP's list price). */
public record NewQuoteLine(
        @NotBlank @Size(max = 64) String sku,
        @Size(max = 200) String description,
        @Positive int quantity,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal unitPrice) implements Serializable {
}
