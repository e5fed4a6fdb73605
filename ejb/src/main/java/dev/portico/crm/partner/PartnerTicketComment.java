package dev.portico.crm.partner;

import java.io.Serializable;
import java.time.Instant;

/** A comment a partner may read: its own ({@code author} the partner user) or a public reply ({@code author} null: customer service). */
public record PartnerTicketComment(String author, String body, Instant at) implements Serializable {
}
