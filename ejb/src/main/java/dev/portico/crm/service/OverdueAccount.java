package dev.portico.crm.service;

import dev.portico.crm.domain.AccountTier;
import java.io.Serializable;
import java.time.Instant;

/** An account nobody has called, mailed or visited within its tier's interval; {@code lastContact} null when never. */
public record OverdueAccount(long accountId, String name, String owner, AccountTier tier, int intervalDays, Instant lastContact)
        implements Serializable {
}
