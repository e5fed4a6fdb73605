package dev.portico.audit.service;

import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the ledger history is narrowed to; {@code null} means "any". {@code subject} and
 * {@code actor} are user names matched exactly; the period is {@code from} (inclusive) to
 * {@code to} (exclusive), so consecutive periods neither overlap nor leave a gap.
 */
public record LedgerFilter(
        @Size(max = LedgerEntry.MAX_NAME_LENGTH) String subject,
        LedgerEvent event,
        @Size(max = LedgerEntry.MAX_NAME_LENGTH) String actor,
        Instant from,
        Instant to) implements Serializable {

    public static final LedgerFilter ANY = new LedgerFilter(null, null, null, null, null);

    public static LedgerFilter aboutSubject(String subject) {
        return new LedgerFilter(subject, null, null, null, null);
    }
}
