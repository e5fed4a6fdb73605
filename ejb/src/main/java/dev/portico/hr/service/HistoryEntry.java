package dev.portico.hr.service;

import java.io.Serializable;
import java.time.Instant;

/** One change HR made to a record: who, when, which field, old and new value, why. */
public record HistoryEntry(Instant changedAt, String changedBy, String field, String oldValue, String newValue, String reason)
        implements Serializable {
}
