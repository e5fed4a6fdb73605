package dev.portico.erp.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A product as a catalogue feed (a CSV import) states it: created if its SKU is new, revised if known. */
public record ProductRecord(@NotBlank @Size(max = 32) String sku, @NotBlank @Size(max = 200) String name,
                            @NotNull @PositiveOrZero BigDecimal unitPrice, @NotBlank @Size(min = 3, max = 3) String currency,
                            @PositiveOrZero int stockOnHand, @PositiveOrZero int reorderLevel, Long supplierOrganisationId)
        implements Serializable {
}
