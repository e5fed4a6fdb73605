package dev.portico.crm.service;

import dev.portico.crm.domain.InteractionKind;
import java.io.Serializable;
import java.time.Instant;

public record InteractionSummary(InteractionKind kind, Instant occurredAt, String byUsername, String summary) implements Serializable {
}
