package dev.portico.integration.monitor;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message the broker parked after its last failed attempt, with the reason of that attempt and
 * how many there were (from the failure log), and, once replayed, who did it, when, why and as
 * which new message, under which ledger entry.
 */
public record DeadLetter(long id, String jmsMessageId, String flow, String originalAddress, String body,
                         String properties, long attempts, String lastReason, Instant firstSeenAt, String status,
                         String replayedBy, Instant replayedAt, String replayReason, String replayMessageId,
                         Long replayLedgerSeq) implements Serializable {

    public static final String PARKED = "PARKED";
    public static final String REPLAYED = "REPLAYED";

    public boolean isParked() {
        return PARKED.equals(status);
    }
}
