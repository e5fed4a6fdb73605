package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Organisation;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopePredicate;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccountService;
import dev.portico.crm.service.NewAccount;
import dev.portico.crm.service.UnknownOrganisationException;
import dev.portico.integration.contract.Destinations;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every method asks {@link AccessGuard} for the permission it needs and puts the scope it gets
 * into its query, so an account outside the caller's scope is never loaded: {@link #find}
 * answers for it exactly as for an id that does not exist. Which roles hold which permission is
 * the versioned policy's business, hence {@code @PermitAll} here rather than a role list.
 * {@code @ValidateOnExecution} makes Hibernate Validator's CDI extension notice this bean: it
 * only looks for annotations on the class itself, not the constraints on its interface (HV-994).
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultCustomerAccountService implements CustomerAccountService {

    static final Permission VIEW = Permission.of("customers", Action.VIEW);
    static final Permission EDIT = Permission.of("customers", Action.EDIT);

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessLog accessLog;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /**
     * Container-managed: the send joins the JTA transaction, so it commits or rolls back with the insert.
     * As the CRM side: the broker lets only the ERP side consume what it sends.
     */
    @Inject
    @JMSConnectionFactory(Destinations.CRM_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ACCOUNT_EVENTS_QUEUE)
    private Queue accountEvents;

    private final Clock clock = Clock.systemUTC();

    private ScopePredicate scope(Permission permission) {
        return ScopePredicate.of(guard.require(permission), AccountListQuery.SCOPE_COLUMNS);
    }

    @Override
    public List<AccountSummary> list(AccountFilter filter, PageRequest page) {
        return new AccountListQuery(scope(VIEW), filter).rows(em, page).getResultList();
    }

    @Override
    public long count(AccountFilter filter) {
        return new AccountListQuery(scope(VIEW), filter).count(em).getSingleResult();
    }

    @Override
    public List<AccountSummary> listAfter(AccountFilter filter, long afterId, int limit) {
        return new AccountListQuery(scope(VIEW), filter).after(em, afterId, limit).getResultList();
    }

    @Override
    public Optional<AccountSummary> find(long id) {
        ScopeGrant grant = guard.require(VIEW);
        AccountListQuery query = new AccountListQuery(ScopePredicate.of(grant, AccountListQuery.SCOPE_COLUMNS), AccountFilter.ANY);
        Optional<AccountSummary> account = query.byId(em, id).getResultStream().findFirst();
        if (account.isEmpty() && exists(id)) {
            accessLog.refused(grant.caller().username(), VIEW, "customer-account", Long.toString(id));
        }
        return account;
    }

    /** Only asked after a miss, to tell the auditors; the caller's answer does not depend on it. */
    private boolean exists(long id) {
        return !em.createQuery("SELECT a.id FROM CustomerAccount a WHERE a.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    @Override
    public AccountSummary open(NewAccount request) {
        ScopeGrant grant = guard.require(EDIT);
        if (!grant.covers(request.territory().name(), request.ownerUsername(), request.partnerAlias())) {
            throw new AccessDeniedException(grant.caller().username(), EDIT);
        }
        Organisation partner = request.partnerAlias() == null || request.partnerAlias().isBlank() ? null
                : em.createQuery("SELECT o FROM Organisation o WHERE o.alias = :alias", Organisation.class)
                        .setParameter("alias", request.partnerAlias())
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new UnknownOrganisationException(request.partnerAlias()));
        Instant now = clock.instant();
        CustomerAccount account = CustomerAccount.prospect(request.name(), request.territory(),
                request.ownerUsername(), partner, request.city(), request.country(), now);
        em.persist(account);
        em.flush();
        jms.createProducer().send(accountEvents, AccountOpenedEvent.of(account.getId(), now).toJson());
        return new AccountSummary(account.getId(), account.getName(), account.getTerritory(),
                account.getOwnerUsername(), partner == null ? null : partner.getName(), account.getCity(),
                account.getCountry(), account.getStatus(), account.getCreatedAt());
    }
}
