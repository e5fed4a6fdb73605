package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What qualifying a lead needs beyond the lead: the opportunity's name, amount, expected close and first stage. */
public record Qualification(
        @NotBlank @Size(max = 200) String opportunityName,
        @NotNull @DecimalMin("0") BigDecimal amount,
        @NotNull LocalDate closeDate,
        Stage stage) implements Serializable {
}
