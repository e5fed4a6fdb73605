package dev.portico.api.pipeline;

import dev.portico.crm.domain.LeadSource;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.domain.Territory;
import dev.portico.crm.service.NewLead;
import dev.portico.crm.service.NewOpportunity;
import dev.portico.crm.service.Qualification;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies the pipeline resources take; each field validated where it arrives, named in a 400 problem. */
public final class PipelineRequests {

    private PipelineRequests() {
    }

    /** A lead to enter: the company and a contact, where it is and where it came from. */
    public record LeadRequest(@NotBlank @Size(max = 200) String company, @NotBlank @Size(max = 200) String contactName,
                              @Size(max = 254) String contactEmail, @Size(max = 40) String contactPhone, @Size(max = 100) String city,
                              @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
                              @NotNull Territory territory, LeadSource source, @Size(max = 100) String owner,
                              @DecimalMin("0") BigDecimal estimatedAmount,
                              @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
                              @Size(max = 2000) String notes) {

        NewLead toNewLead() {
            return new NewLead(company, contactName, contactEmail, contactPhone, city, country, territory, source, owner, estimatedAmount,
                    currency, notes);
        }
    }

    /** Qualifying a lead: the opportunity it opens. */
    public record QualifyRequest(@NotBlank @Size(max = 200) String opportunityName, @NotNull @DecimalMin("0") BigDecimal amount,
                                 @NotNull LocalDate closeDate, Stage stage) {

        Qualification toQualification() {
            return new Qualification(opportunityName, amount, closeDate, stage);
        }
    }

    /** Why a lead is dropped. */
    public record DisqualifyRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** An opportunity on an existing account. */
    public record OpportunityRequest(@NotNull @Positive Long accountId, @NotBlank @Size(max = 200) String name, @Size(max = 100) String owner,
                                     Stage stage, @NotNull @DecimalMin("0") BigDecimal amount,
                                     @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
                                     @NotNull LocalDate closeDate) {

        NewOpportunity toNewOpportunity() {
            return new NewOpportunity(accountId, name, owner, stage, amount, currency, closeDate);
        }
    }

    /** A stage change: to another open stage, or LOST with the reason as {@code note}. */
    public record StageRequest(@NotNull Stage stage, @Size(max = 500) String note) {
    }
}
