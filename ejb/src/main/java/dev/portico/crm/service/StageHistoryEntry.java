package dev.portico.crm.service;

import dev.portico.crm.domain.Stage;
import java.io.Serializable;
import java.time.Instant;

/** One stage change; {@code from} is null for the opening. */
public record StageHistoryEntry(Stage from, Stage to, String by, Instant at, String note) implements Serializable {
}
