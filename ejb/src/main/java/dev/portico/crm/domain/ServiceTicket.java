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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's request to service, with a due time fixed when it is opened from its priority
 * (the SLA), optionally about one quote or ERP order of the same account.
 */
@Entity
@Table(name = "service_ticket")
public class ServiceTicket {

    public static final int MAX_SUBJECT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private CustomerAccount account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Column(name = "erp_order_id")
    private Long erpOrderId;

    @Column(nullable = false, length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TicketStatus status;

    @Column(length = 100)
    private String assignee;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sla_due_at", nullable = false)
    private Instant slaDueAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected ServiceTicket() {
    }

    public static ServiceTicket open(CustomerAccount account, Quote quote, Long erpOrderId, String subject,
                                     TicketPriority priority, String openedBy, Instant now) {
        if (quote != null && !quote.getAccount().getId().equals(account.getId())) {
            throw new IllegalArgumentException("quote " + quote.getId() + " belongs to another account");
        }
        if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a subject of 1 to " + MAX_SUBJECT_LENGTH + " characters is required");
        }
        ServiceTicket ticket = new ServiceTicket();
        ticket.account = account;
        ticket.quote = quote;
        ticket.erpOrderId = erpOrderId;
        ticket.subject = subject.strip();
        ticket.priority = priority;
        ticket.status = TicketStatus.OPEN;
        ticket.openedBy = openedBy;
        ticket.createdAt = now;
        ticket.slaDueAt = priority.dueFrom(now);
        return ticket;
    }

    /** Someone takes the ticket: it leaves OPEN for IN_PROGRESS; re-assigning hands it over. */
    public void assign(String username) {
        requireOpen("assign");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("assignee is required");
        }
        assignee = username.strip();
        status = TicketStatus.IN_PROGRESS;
    }

    public TicketComment comment(String author, String body, CommentVisibility visibility, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketStateException(id, status, "comment");
        }
        return new TicketComment(this, author, body, visibility, now);
    }

    /** Stops the SLA clock. */
    public void resolve(Instant now) {
        requireOpen("resolve");
        status = TicketStatus.RESOLVED;
        resolvedAt = now;
    }

    private void requireOpen(String change) {
        if (!status.isOpen()) {
            throw new TicketStateException(id, status, change);
        }
    }

    public Long getId() {
        return id;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
