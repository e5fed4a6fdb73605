package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CommentVisibility;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Quote;
import dev.portico.crm.domain.ServiceTicket;
import dev.portico.crm.domain.TicketStatus;
import dev.portico.crm.service.NewTicket;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.TicketCommentSummary;
import dev.portico.crm.service.TicketDetail;
import dev.portico.crm.service.TicketSla;
import dev.portico.crm.service.TicketSummary;
import dev.portico.crm.service.Tickets;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Service tickets under the {@code service} permissions, each query scoped through its account.
 * {@code @PermitAll} and {@code @ValidateOnExecution}: see {@link DefaultCustomerAccounts}.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultTickets implements Tickets {

    static final Permission VIEW = Permission.of("service", Action.VIEW);
    static final Permission EDIT = Permission.of("service", Action.EDIT);

    static final String SELECT_SUMMARY = "SELECT NEW dev.portico.crm.service.TicketSummary("
            + "t.id, a.id, a.name, t.subject, t.priority, t.status, t.assignee, t.openedBy, t.createdAt, t.slaDueAt, "
            + "t.resolvedAt, q.id, t.erpOrderId) "
            + "FROM ServiceTicket t JOIN t.account a LEFT JOIN a.partnerOrganisation p LEFT JOIN t.quote q";
    private static final String FROM_TICKET = "FROM ServiceTicket t JOIN t.account a LEFT JOIN a.partnerOrganisation p";
    /** The queue: the one due first on top; served by the (status, sla_due_at, id) index. */
    static final String BY_DUE_TIME = "t.slaDueAt, t.id";
    private static final String OPEN = "t.status IN :open";
    private static final List<TicketStatus> OPEN_STATUSES = List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Microseconds, as TIMESTAMP(6) keeps them. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    @Override
    public TicketSummary open(NewTicket request) {
        ScopeGrant grant = guard.require(EDIT);
        CustomerAccount account = scoped.of(grant, CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, request.accountId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), request.accountId()));
        // Only a quote of this account (so within scope with it); any other answers like a missing one.
        Quote quote = request.quoteId() == null ? null : scoped.of(grant, CrmScopes.QUOTE).and("a = :account", "account", account)
                .findInScope("SELECT q FROM Quote q JOIN q.account a LEFT JOIN a.partnerOrganisation p", request.quoteId(), Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), request.quoteId()));
        ServiceTicket ticket = ServiceTicket.open(account, quote, request.erpOrderId(), request.subject(), request.priority(),
                grant.caller().username(), clock.instant());
        em.persist(ticket);
        em.flush();
        return summary(grant, ticket.getId()).orElseThrow();
    }

    @Override
    public TicketSummary assign(long ticketId, String assignee) {
        ScopeGrant grant = guard.require(EDIT);
        editable(grant, ticketId).assign(assignee);
        em.flush();
        return summary(grant, ticketId).orElseThrow();
    }

    @Override
    public void comment(long ticketId, String body) {
        comment(ticketId, body, false);
    }

    @Override
    public void comment(long ticketId, String body, boolean publicReply) {
        ScopeGrant grant = guard.require(EDIT);
        CommentVisibility visibility = !grant.caller().organisations().isEmpty() ? CommentVisibility.PARTNER
                : publicReply ? CommentVisibility.PUBLIC : CommentVisibility.INTERNAL;
        em.persist(editable(grant, ticketId).comment(grant.caller().username(), body, visibility, clock.instant()));
    }

    @Override
    public TicketSummary resolve(long ticketId) {
        ScopeGrant grant = guard.require(EDIT);
        editable(grant, ticketId).resolve(clock.instant());
        em.flush();
        return summary(grant, ticketId).orElseThrow();
    }

    private ServiceTicket editable(ScopeGrant grant, long ticketId) {
        return scoped.of(grant, CrmScopes.TICKET).findInScope("SELECT t " + FROM_TICKET, ticketId, ServiceTicket.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.TICKET.recordType(), ticketId));
    }

    @Override
    public List<TicketSummary> queue(int offset, int limit) {
        return scoped.of(guard.require(VIEW), CrmScopes.TICKET).and(OPEN, "open", OPEN_STATUSES)
                .select(SELECT_SUMMARY, BY_DUE_TIME, TicketSummary.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long queueSize() {
        return scoped.of(guard.require(VIEW), CrmScopes.TICKET).and(OPEN, "open", OPEN_STATUSES)
                .select("SELECT COUNT(t) " + FROM_TICKET, "", Long.class)
                .getSingleResult();
    }

    @Override
    public TicketSla sla(Instant now) {
        var grant = guard.require(VIEW);
        Instant endOfDay = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long breached = openCount(grant, "t.slaDueAt < :now", "now", now);
        long dueToday = openCount(grant, "t.slaDueAt >= :now", "now", now, "t.slaDueAt < :end", "end", endOfDay);
        long later = openCount(grant, "t.slaDueAt >= :end", "end", endOfDay);
        TicketSummary oldest = scoped.of(grant, CrmScopes.TICKET).and(OPEN, "open", OPEN_STATUSES)
                .select(SELECT_SUMMARY, "t.createdAt, t.id", TicketSummary.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new TicketSla(breached, dueToday, later, oldest);
    }

    /** Open tickets within scope meeting one or two conditions (each with its parameter). */
    private long openCount(ScopeGrant grant, Object... conditions) {
        var query = scoped.of(grant, CrmScopes.TICKET).and(OPEN, "open", OPEN_STATUSES);
        for (int i = 0; i < conditions.length; i += 3) {
            query.and((String) conditions[i], (String) conditions[i + 1], conditions[i + 2]);
        }
        return query.select("SELECT COUNT(t) " + FROM_TICKET, "", Long.class).getSingleResult();
    }

    @Override
    public List<TicketSummary> listAfter(TicketStatus status, long afterId, int limit) {
        return scoped.of(guard.require(VIEW), CrmScopes.TICKET).and("t.status = :status", "status", status).and("t.id > :after", "after", afterId)
                .select(SELECT_SUMMARY, "t.id", TicketSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<TicketDetail> find(long ticketId) {
        ScopeGrant grant = guard.require(VIEW);
        Optional<TicketSummary> ticket = summary(grant, ticketId);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        // A partner caller never gets an internal note, whichever page or resource asks.
        List<CommentVisibility> readable = grant.caller().organisations().isEmpty() ? List.of(CommentVisibility.values())
                : List.of(CommentVisibility.PUBLIC, CommentVisibility.PARTNER);
        List<TicketCommentSummary> comments = em.createQuery("SELECT NEW dev.portico.crm.service.TicketCommentSummary("
                        + "c.author, c.body, c.createdAt, c.visibility) FROM TicketComment c WHERE c.ticket.id = :id AND c.visibility IN :readable "
                        + "ORDER BY c.createdAt, c.id", TicketCommentSummary.class)
                .setParameter("id", ticketId)
                .setParameter("readable", readable)
                .getResultList();
        return Optional.of(new TicketDetail(ticket.get(), comments));
    }

    private Optional<TicketSummary> summary(ScopeGrant grant, long ticketId) {
        return scoped.of(grant, CrmScopes.TICKET).findInScope(SELECT_SUMMARY, ticketId, TicketSummary.class);
    }
}
