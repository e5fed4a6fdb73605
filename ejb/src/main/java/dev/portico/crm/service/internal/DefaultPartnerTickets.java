package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CommentVisibility;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Quote;
import dev.portico.crm.domain.ServiceTicket;
import dev.portico.crm.partner.PartnerNewTicket;
import dev.portico.crm.partner.PartnerOrderStatus;
import dev.portico.crm.partner.PartnerTicket;
import dev.portico.crm.partner.PartnerTicketComment;
import dev.portico.crm.partner.PartnerTicketDetail;
import dev.portico.crm.partner.PartnerTickets;
import dev.portico.crm.service.NoSuchRecordException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Tickets for partners under the {@code partner} permissions. Comments are selected by
 * visibility in the query, so an internal note is never read into this class at all.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultPartnerTickets implements PartnerTickets {

    private static final String FROM = " FROM ServiceTicket t JOIN t.account a LEFT JOIN a.partnerOrganisation p LEFT JOIN t.quote q";
    private static final String SELECT = "SELECT NEW dev.portico.crm.partner.PartnerTicket(t.id, a.id, a.name, t.subject, t.priority, "
            + "t.status, t.createdAt, t.slaDueAt, q.id)" + FROM;
    private static final List<CommentVisibility> READABLE = List.of(CommentVisibility.PUBLIC, CommentVisibility.PARTNER);

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    @Override
    public List<PartnerTicket> list(long beforeId, int limit) {
        return scoped.of(guard.require(DefaultPartnerOrders.VIEW), CrmScopes.TICKET)
                .and("t.id < :before", "before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .select(SELECT, "t.id DESC", PartnerTicket.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<PartnerTicketDetail> find(long ticketId) {
        Optional<PartnerTicket> ticket = scoped.of(guard.require(DefaultPartnerOrders.VIEW), CrmScopes.TICKET)
                .findInScope(SELECT, ticketId, PartnerTicket.class);
        return ticket.map(found -> new PartnerTicketDetail(found, em.createQuery(
                        "SELECT c.author, c.body, c.createdAt, c.visibility FROM TicketComment c WHERE c.ticket.id = :id "
                                + "AND c.visibility IN :readable ORDER BY c.createdAt, c.id", Object[].class)
                .setParameter("id", ticketId)
                .setParameter("readable", READABLE)
                .getResultStream()
                // A public reply is customer service's, not a named member of staff.
                .map(row -> new PartnerTicketComment(row[3] == CommentVisibility.PARTNER ? (String) row[0] : null, (String) row[1],
                        (java.time.Instant) row[2]))
                .toList()));
    }

    @Override
    public PartnerTicket open(PartnerNewTicket request) {
        ScopeGrant grant = guard.require(DefaultPartnerOrders.EDIT);
        CustomerAccount account = scoped.of(grant, CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, request.customerId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), request.customerId()));
        // Only one of the organisation's orders for this customer; any other answers like a missing one.
        Quote quote = request.orderId() == null ? null : scoped.of(grant, CrmScopes.QUOTE).and("a = :account", "account", account)
                .and(PartnerOrderStatus.VISIBLE_PREDICATE, "visible", PartnerOrderStatus.VISIBLE)
                .findInScope("SELECT q FROM Quote q JOIN q.account a LEFT JOIN a.partnerOrganisation p", request.orderId(), Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), request.orderId()));
        ServiceTicket ticket = ServiceTicket.open(account, quote, null, request.subject(), request.priority(), grant.caller().username(),
                clock.instant());
        em.persist(ticket);
        em.persist(ticket.comment(grant.caller().username(), request.description(), CommentVisibility.PARTNER, clock.instant()));
        em.flush();
        return find(ticket.getId()).orElseThrow().ticket();
    }

    @Override
    public void comment(long ticketId, String body) {
        ScopeGrant grant = guard.require(DefaultPartnerOrders.EDIT);
        ServiceTicket ticket = scoped.of(grant, CrmScopes.TICKET)
                .findInScope("SELECT t FROM ServiceTicket t JOIN t.account a LEFT JOIN a.partnerOrganisation p", ticketId, ServiceTicket.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.TICKET.recordType(), ticketId));
        em.persist(ticket.comment(grant.caller().username(), body, CommentVisibility.PARTNER, clock.instant()));
    }
}
