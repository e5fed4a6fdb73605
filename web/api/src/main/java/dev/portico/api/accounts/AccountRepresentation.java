package dev.portico.api.accounts;

import dev.portico.crm.service.AccountSummary;
import jakarta.json.bind.annotation.JsonbNillable;

/** An account as the API shows it: plain values, times as ISO-8601 UTC, a link to itself. */
@JsonbNillable
public record AccountRepresentation(long id, String name, String territory, String owner, String partnerOrganisation,
                                    String city, String country, String status, String createdAt, String self) {

    static AccountRepresentation of(AccountSummary account) {
        return new AccountRepresentation(account.id(), account.name(),
                account.territory() == null ? null : account.territory().name(), account.ownerUsername(),
                account.partnerName(), account.city(), account.country(), account.status().name(),
                account.createdAt() == null ? null : account.createdAt().toString(), "/api/v1/accounts/" + account.id());
    }
}
