package dev.portico.erp.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** What a supplier announces: the quantities shipped per SKU (0: none of it), when, and how to track them. */
public record NewShippingNotice(@NotNull LocalDate shippedOn, @NotNull LocalDate expectedOn, @NotBlank @Size(max = 40) String carrier,
                                @NotBlank @Size(max = 64) String trackingNumber,
                                @NotEmpty Map<@NotBlank String, @NotNull @PositiveOrZero Integer> quantities) implements Serializable {
}
