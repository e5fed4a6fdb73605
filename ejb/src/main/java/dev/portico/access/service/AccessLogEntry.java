package dev.portico.access.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the access log: a refused out-of-scope request, or a view of sensitive data;
 * {@code onBehalfOf} names the partner organisation a member of staff was viewing as, if any;
 * {@code fields} the sensitive fields viewed (comma-separated), if any.
 */
public record AccessLogEntry(long id, Instant occurredAt, String username, String permission, String recordType,
                             String recordId, String outcome, String onBehalfOf, String fields) implements Serializable {
}
