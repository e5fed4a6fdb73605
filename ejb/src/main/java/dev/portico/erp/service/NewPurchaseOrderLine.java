package dev.portico.erp.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A line of a purchase order placed by hand. */
public record NewPurchaseOrderLine(@NotBlank @Size(max = 32) String sku, @Positive int quantity) {
}
