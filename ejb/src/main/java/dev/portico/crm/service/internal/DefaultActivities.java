package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.domain.Interaction;
import dev.portico.crm.domain.Opportunity;
import dev.portico.crm.service.Activities;
import dev.portico.crm.service.ActivitySummary;
import dev.portico.crm.service.NewActivity;
import dev.portico.crm.service.NoSuchRecordException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Activities through the pipeline permission over the activity's owner ({@code by_username}),
 * like opportunities: a rep plans and completes her own, a manager his team's. The account must
 * lie within the caller's customer scope; the calendar reads the (owner, status, time) index.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultActivities implements Activities {

    static final String SELECT_SUMMARY = "SELECT NEW dev.portico.crm.service.ActivitySummary(i.id, a.id, a.name, o.id, i.kind, i.status, "
            + "i.occurredAt, i.byUsername, i.summary, i.outcome)" + CrmScopes.FROM_ACTIVITY;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public ActivitySummary plan(NewActivity request) {
        ScopeGrant grant = StaffSteps.require(guard, DefaultOpportunities.EDIT);
        String owner = request.owner() == null || request.owner().isBlank() ? grant.caller().username() : request.owner().strip();
        if (!grant.covers(null, owner, null)) {
            throw new AccessDeniedException(grant.caller().username(), DefaultOpportunities.EDIT);
        }
        CustomerAccount account = scoped.of(guard.require(DefaultCustomerAccounts.VIEW), CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, request.accountId(), CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), request.accountId()));
        Opportunity opportunity = request.opportunityId() == null ? null : scoped.of(guard.require(DefaultOpportunities.VIEW),
                        CrmScopes.OPPORTUNITY)
                .findInScope("SELECT o" + CrmScopes.FROM_OPPORTUNITY, request.opportunityId(), Opportunity.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.OPPORTUNITY.recordType(), request.opportunityId()));
        Interaction activity = Interaction.planned(account, opportunity, request.kind(), request.at(), owner, request.summary(),
                grant.caller().username());
        em.persist(activity);
        em.flush();
        return summary(grant, activity.getId());
    }

    @Override
    public ActivitySummary done(long id, String outcome, Instant at) {
        ScopeGrant grant = StaffSteps.require(guard, DefaultOpportunities.EDIT);
        Instant now = clock.instant();
        load(grant, id).done(outcome, at == null ? now : at, now);
        em.flush();
        return summary(grant, id);
    }

    @Override
    public ActivitySummary cancel(long id) {
        ScopeGrant grant = StaffSteps.require(guard, DefaultOpportunities.EDIT);
        load(grant, id).cancel();
        em.flush();
        return summary(grant, id);
    }

    @Override
    public List<ActivitySummary> calendar(LocalDate from, LocalDate to) {
        return scoped.of(guard.require(DefaultOpportunities.VIEW), CrmScopes.ACTIVITY)
                .and("i.status = dev.portico.crm.domain.ActivityStatus.PLANNED")
                .and("i.occurredAt >= :from", "from", from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("i.occurredAt < :to", "to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .select(SELECT_SUMMARY, "i.occurredAt, i.id", ActivitySummary.class)
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }

    @Override
    public List<ActivitySummary> ofOpportunity(long opportunityId) {
        // as far as the opportunity is the caller's to see: then all its activities, whoever's
        if (scoped.of(guard.require(DefaultOpportunities.VIEW), CrmScopes.OPPORTUNITY)
                .findInScope("SELECT o.id" + CrmScopes.FROM_OPPORTUNITY, opportunityId, Long.class).isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT_SUMMARY + " WHERE o.id = :id ORDER BY i.occurredAt DESC, i.id DESC", ActivitySummary.class)
                .setParameter("id", opportunityId)
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }

    private Interaction load(ScopeGrant grant, long id) {
        return scoped.of(grant, CrmScopes.ACTIVITY).findInScope("SELECT i" + CrmScopes.FROM_ACTIVITY, id, Interaction.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACTIVITY.recordType(), id));
    }

    private ActivitySummary summary(ScopeGrant grant, long id) {
        return scoped.of(grant, CrmScopes.ACTIVITY).findInScope(SELECT_SUMMARY, id, ActivitySummary.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACTIVITY.recordType(), id));
    }
}
