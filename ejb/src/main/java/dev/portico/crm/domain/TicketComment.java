package dev.portico.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a ticket; comments are only ever added, never edited. */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {

    public static final int MAX_BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private ServiceTicket ticket;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CommentVisibility visibility;

    protected TicketComment() {
    }

    TicketComment(ServiceTicket ticket, String author, String body, CommentVisibility visibility, Instant now) {
        if (body == null || body.isBlank() || body.strip().length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("a comment of 1 to " + MAX_BODY_LENGTH + " characters is required");
        }
        this.ticket = ticket;
        this.author = author;
        this.body = body.strip();
        this.createdAt = now;
        this.visibility = java.util.Objects.requireNonNull(visibility);
    }
}
