package dev.portico.integration.monitor;

import java.io.Serializable;
import java.time.Instant;

/**
 * One failed delivery attempt, the exception that failed it, what kind of failure that was, and
 * whether this attempt parked the message in the DLQ.
 */
public record DeliveryFailure(String jmsMessageId, String flow, String destination, int attempt, FailureKind kind, boolean parked,
                              String reason, Instant failedAt) implements Serializable {
}
