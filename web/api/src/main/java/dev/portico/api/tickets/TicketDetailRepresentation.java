package dev.portico.api.tickets;

import dev.portico.crm.service.TicketDetail;
import java.util.List;

/** One ticket with its comments, oldest first. */
public record TicketDetailRepresentation(TicketRepresentation ticket, List<Comment> comments) {

    public record Comment(String author, String body, String createdAt) {
    }

    static TicketDetailRepresentation of(TicketDetail detail) {
        return new TicketDetailRepresentation(TicketRepresentation.of(detail.ticket()), detail.comments().stream()
                .map(c -> new Comment(c.author(), c.body(), TicketRepresentation.text(c.createdAt()))).toList());
    }
}
