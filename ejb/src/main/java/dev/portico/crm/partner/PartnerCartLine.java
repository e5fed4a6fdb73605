package dev.portico.crm.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A product and how many: no price, by design (the ERP's price list sets it). */
public record PartnerCartLine(@NotBlank @Size(max = 64) String sku, @Positive @Max(100_000) int quantity) implements Serializable {
}
