package dev.portico.crm.service;

import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import java.io.Serializable;
import java.time.Instant;

/** One row of the account list, read straight from SQL by a constructor query. */
public record AccountSummary(
        long id,
        String name,
        Territory territory,
        String ownerUsername,
        String partnerName,
        String city,
        String country,
        AccountStatus status,
        Instant createdAt) implements Serializable {
}
