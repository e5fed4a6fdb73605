package dev.portico.access.service;

import java.io.Serializable;
import java.time.Instant;

/** A role grant held back by segregation of duties, waiting for a second administrator. */
public record PendingGrant(long id, String username, String role, String requestedBy, Instant requestedAt,
                           String reason, String conflicts, Instant expiresAt) implements Serializable {
}
