package dev.portico.crm.service;

import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.Territory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A lead as staff enter it or a partner registers it. {@code source} and {@code owner} are
 * staff's: a partner's registration is always source PARTNER, owned by nobody until accepted.
 */
public record NewLead(
        @NotBlank @Size(max = 200) String company,
        @NotBlank @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
        @NotNull Territory territory,
        LeadSource source,
        @Size(max = 100) String owner,
        @DecimalMin("0") BigDecimal estimatedAmount,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
        @Size(max = 2000) String notes) implements Serializable {
}
