package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity on an existing account; owned by {@code owner} or by the caller, first stage PROSPECTING unless given. */
public record NewOpportunity(
        long accountId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String owner,
        Stage stage,
        @NotNull @DecimalMin("0") BigDecimal amount,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
        @NotNull LocalDate closeDate) implements Serializable {
}
