package dev.portico.crm.partner;

import dev.portico.crm.domain.Territory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A deal a distributor registers: the prospect, where it is and what it may be worth. */
public record NewRegistration(
        @NotBlank @Size(max = 200) String company,
        @NotBlank @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
        @NotNull Territory territory,
        @DecimalMin("0") BigDecimal estimatedAmount,
        @Size(max = 2000) String notes) implements Serializable {
}
