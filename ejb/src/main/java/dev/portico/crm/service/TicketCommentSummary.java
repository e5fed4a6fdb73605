package dev.portico.crm.service;

import java.io.Serializable;
import java.time.Instant;

public record TicketCommentSummary(String author, String body, Instant createdAt) implements Serializable {
}
