package dev.portico.access.service;

import java.io.Serializable;
import java.time.Instant;

/** A policy change or pair removal waiting for a second administrator, as the administration lists it. */
public record HeldPolicyChange(long id, String kind, String summary, String conflicts, String reason,
                               String requestedBy, Instant requestedAt) implements Serializable {
}
