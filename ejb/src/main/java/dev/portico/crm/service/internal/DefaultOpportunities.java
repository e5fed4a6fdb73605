package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Opportunity;
import dev.portico.crm.domain.Quote;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.Board;
import dev.portico.crm.service.NewOpportunity;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.Opportunities;
import dev.portico.crm.service.OpportunityDetail;
import dev.portico.crm.service.OpportunityFilter;
import dev.portico.crm.service.OpportunitySummary;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.StageHistoryEntry;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opportunities through their scope ({@code pipeline}: OWN for reps, TEAM for managers, by the
 * opportunity's owner). The board is one query per stage column under a LIMIT, on the
 * (stage, close date) index; counts are one grouped query.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultOpportunities implements Opportunities {

    static final Permission VIEW = Permission.of("pipeline", Action.VIEW);
    static final Permission EDIT = Permission.of("pipeline", Action.EDIT);

    static final String SELECT_SUMMARY = "SELECT NEW dev.portico.crm.service.OpportunitySummary(o.id, o.name, a.id, a.name, "
            + "o.ownerUsername, o.stage, o.amount, o.currency, o.closeDate, o.nextStep, o.nextStepDate)" + CrmScopes.FROM_OPPORTUNITY;

    private static final String SOONEST_CLOSE = "o.closeDate, o.id";

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public OpportunitySummary open(NewOpportunity request) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        String owner = request.owner() == null || request.owner().isBlank() ? grant.caller().username() : request.owner().strip();
        // the account must be one the owner's pipeline may hold: within the caller's customer scope
        CustomerAccount account = scoped.of(guard.require(DefaultCustomerAccounts.VIEW), CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, request.accountId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), request.accountId()));
        if (!grant.covers(account.getTerritory().name(), owner, null)) {
            throw new AccessDeniedException(grant.caller().username(), EDIT);
        }
        Instant now = clock.instant();
        Opportunity opportunity = Opportunity.open(account, request.name(), owner, request.stage() == null ? Stage.PROSPECTING : request.stage(),
                request.amount(), DefaultLeads.currency(request.currency()), request.closeDate(), null, now);
        em.persist(opportunity);
        em.persist(opportunity.opened(grant.caller().username(), now));
        em.flush();
        return summary(grant, opportunity.getId());
    }

    @Override
    public List<OpportunitySummary> list(OpportunityFilter filter, PageRequest page) {
        return filtered(guard.require(VIEW), filter).select(SELECT_SUMMARY, SOONEST_CLOSE, OpportunitySummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long count(OpportunityFilter filter) {
        ScopeGrant grant = guard.require(VIEW);
        return filtered(grant, filter, lean(grant)).select("SELECT COUNT(o)" + from(grant), "", Long.class).getSingleResult();
    }

    @Override
    public List<OpportunitySummary> listAfter(OpportunityFilter filter, long afterId, int limit) {
        return filtered(guard.require(VIEW), filter).and("o.id > :afterId", "afterId", afterId)
                .select(SELECT_SUMMARY, "o.id", OpportunitySummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * One call for the page: the columns and the counts. SUPPORTS: a read needs no transaction of
     * its own, and without one the statements skip the XA enlistment of the datasource (the
     * board's page is read on every visit; a write path calls nothing here).
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Board board(OpportunityFilter filter) {
        ScopeGrant grant = guard.require(VIEW);
        Map<Stage, List<OpportunitySummary>> board = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (filter.stage() == null || filter.stage() == stage) {
                board.put(stage, filtered(grant, new OpportunityFilter(stage, filter.owner(), filter.closingFrom(), filter.closingTo()))
                        .select(SELECT_SUMMARY, SOONEST_CLOSE, OpportunitySummary.class)
                        .setMaxResults(BOARD_COLUMN)
                        .getResultList());
            }
        }
        return new Board(board, counts(grant, filter));
    }

    @Override
    public Map<Stage, Long> stageCounts(OpportunityFilter filter) {
        return counts(guard.require(VIEW), filter);
    }

    private Map<Stage, Long> counts(ScopeGrant grant, OpportunityFilter filter) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        // Grouped by owner first: the (owner, stage) prefix of the board index answers it without a temporary table.
        filtered(grant, filter, lean(grant))
                .selectGrouped("SELECT o.ownerUsername, o.stage, COUNT(o)" + from(grant), "o.ownerUsername, o.stage", Object[].class)
                .getResultList()
                .forEach(row -> counts.merge((Stage) row[1], (Long) row[2], Long::sum));
        return counts;
    }

    /**
     * Whether the grant's scopes test only the opportunity's owner (OWN, TEAM) or nothing (ALL):
     * then a count or a sum needs no join to the account, which costs more than the count itself.
     */
    static boolean lean(ScopeGrant grant) {
        return grant.scopes().stream().allMatch(s -> s == DataScope.OWN || s == DataScope.TEAM || s == DataScope.ALL);
    }

    /** The FROM clause for aggregates: the opportunity alone where the scope allows, else with its account. */
    static String from(ScopeGrant grant) {
        return lean(grant) ? " FROM Opportunity o" : CrmScopes.FROM_OPPORTUNITY;
    }

    @Override
    public Optional<OpportunityDetail> find(long id) {
        ScopeGrant grant = guard.require(VIEW);
        return scoped.of(grant, CrmScopes.OPPORTUNITY).findInScope(SELECT_SUMMARY, id, OpportunitySummary.class).map(summary -> {
            Object[] extra = em.createQuery("SELECT o.lostReason, l.id FROM Opportunity o LEFT JOIN o.lead l WHERE o.id = :id", Object[].class)
                    .setParameter("id", id).getSingleResult();
            List<StageHistoryEntry> history = em.createQuery("SELECT NEW dev.portico.crm.service.StageHistoryEntry(c.fromStage, c.toStage, "
                            + "c.changedBy, c.changedAt, c.note) FROM StageChange c WHERE c.opportunity.id = :id ORDER BY c.id", StageHistoryEntry.class)
                    .setParameter("id", id).getResultList();
            // the opportunity's quotes are shown as far as it is: the opportunity's scope already holds
            List<QuoteSummary> quotes = em.createQuery(DefaultQuotes.SELECT_SUMMARY + " WHERE q.opportunity.id = :id ORDER BY q.id",
                    QuoteSummary.class).setParameter("id", id).getResultList();
            return new OpportunityDetail(summary, (String) extra[0], (Long) extra[1], history, quotes);
        });
    }

    @Override
    public OpportunitySummary move(long id, Stage to, String note) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        Opportunity opportunity = load(grant, id);
        em.persist(opportunity.move(to, grant.caller().username(), note, clock.instant()));
        // flush now: a concurrent move fails here on the version, not at commit after the answer
        em.flush();
        return summary(grant, id);
    }

    @Override
    public OpportunitySummary attachQuote(long id, long quoteId) {
        ScopeGrant grant = StaffSteps.require(guard, EDIT);
        Opportunity opportunity = load(grant, id);
        Quote quote = scoped.of(guard.require(DefaultQuotes.EDIT), CrmScopes.QUOTE)
                .findInScope("SELECT q FROM Quote q JOIN q.account a LEFT JOIN a.partnerOrganisation p", quoteId, Quote.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.QUOTE.recordType(), quoteId));
        quote.forOpportunity(opportunity);
        em.flush();
        return summary(grant, id);
    }

    private ScopedQuery filtered(ScopeGrant grant, OpportunityFilter filter) {
        return filtered(grant, filter, false);
    }

    private ScopedQuery filtered(ScopeGrant grant, OpportunityFilter filter, boolean lean) {
        return scoped.of(grant, lean ? CrmScopes.OPPORTUNITY_BY_OWNER : CrmScopes.OPPORTUNITY)
                .and("o.stage = :stage", "stage", filter.stage())
                .and("o.ownerUsername = :owner", "owner", filter.owner() == null || filter.owner().isBlank() ? null : filter.owner().strip())
                .and("o.closeDate >= :closingFrom", "closingFrom", filter.closingFrom())
                .and("o.closeDate <= :closingTo", "closingTo", filter.closingTo());
    }

    private Opportunity load(ScopeGrant grant, long id) {
        return scoped.of(grant, CrmScopes.OPPORTUNITY).findInScope("SELECT o" + CrmScopes.FROM_OPPORTUNITY, id, Opportunity.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.OPPORTUNITY.recordType(), id));
    }

    private OpportunitySummary summary(ScopeGrant grant, long id) {
        return scoped.of(grant, CrmScopes.OPPORTUNITY).findInScope(SELECT_SUMMARY, id, OpportunitySummary.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.OPPORTUNITY.recordType(), id));
    }
}
