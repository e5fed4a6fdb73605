package dev.portico.erp.supplier;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A line as the supplier proposes it. */
public record ProposedLine(@NotBlank @Size(max = 32) String sku, @Min(1) int quantity, @NotNull LocalDate promisedDate)
        implements Serializable {
}
