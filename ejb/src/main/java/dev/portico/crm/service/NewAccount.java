package dev.portico.crm.service;

import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Territory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The data needed to open a customer account. {@code partnerAlias} names the serving distributor, if any. */
public record NewAccount(
        @NotBlank @Size(max = CustomerAccount.MAX_NAME_LENGTH) String name,
        @NotNull Territory territory,
        @NotBlank @Size(max = 100) String ownerUsername,
        @Size(max = 64) String partnerAlias,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Za-z]{2}") String country) implements Serializable {
}
