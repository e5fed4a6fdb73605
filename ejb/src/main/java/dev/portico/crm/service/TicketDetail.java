package dev.portico.crm.service;

import java.io.Serializable;
import java.util.List;

/** A ticket with its comments, oldest first. */
public record TicketDetail(TicketSummary ticket, List<TicketCommentSummary> comments) implements Serializable {

    public TicketDetail {
        comments = List.copyOf(comments);
    }
}
