package dev.portico.integration.monitor;

import java.io.Serializable;
import java.time.Instant;

/** One failed delivery attempt and the exception that failed it. */
public record DeliveryFailure(String jmsMessageId, String flow, String destination, int attempt, String reason,
                              Instant failedAt) implements Serializable {
}
