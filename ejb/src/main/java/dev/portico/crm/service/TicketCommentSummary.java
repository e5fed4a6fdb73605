package dev.portico.crm.service;

import dev.portico.crm.domain.CommentVisibility;
import java.io.Serializable;
import java.time.Instant;

/** A comment as staff read it; {@code visibility} says whether the partner reads it too. */
public record TicketCommentSummary(String author, String body, Instant createdAt, CommentVisibility visibility) implements Serializable {
}
