package dev.portico.crm.service;

import dev.portico.crm.domain.AccountStatus;
import dev.portico.crm.domain.Territory;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the account list is narrowed to; {@code null} means "any". {@code nameContains} matches anywhere in the name. */
public record AccountFilter(
        @Size(max = 200) String nameContains,
        Territory territory,
        AccountStatus status,
        @Size(max = 100) String ownerUsername) implements Serializable {

    public static final AccountFilter ANY = new AccountFilter(null, null, null, null);
}
