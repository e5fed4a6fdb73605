package dev.portico.integration.monitor;

import java.io.Serializable;
import java.time.Instant;

/**
 * One message flow as its consumer applied it: how many in the last hour, since midnight (UTC)
 * and ever; lag (applied minus sent) over the last hour, {@code null} when nothing arrived.
 */
public record FlowStats(String flow, long lastHour, long today, long total, Long lagMedianMillis, Long lagMaxMillis,
                        Instant lastConsumedAt) implements Serializable {
}
