package dev.portico.crm.service.internal;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Organisation;
import dev.portico.access.domain.Permission;
import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.contract.Destinations;
import dev.portico.crm.domain.AccountTier;
import dev.portico.crm.domain.CadenceSetting;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.crm.service.AccountCadence;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSort;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.NewAccount;
import dev.portico.crm.service.NoSuchRecordException;
import dev.portico.crm.service.UnknownOrganisationException;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.persistence.Like;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public class DefaultCustomerAccounts implements CustomerAccounts {

    static final Permission VIEW = Permission.of("customers", Action.VIEW);
    static final Permission EDIT = Permission.of("customers", Action.EDIT);

    static final String SELECT_ROWS = "SELECT NEW dev.portico.crm.service.AccountSummary("
            + "a.id, a.name, a.territory, a.ownerUsername, p.name, a.city, a.country, a.status, a.createdAt)" + CrmScopes.FROM_ACCOUNT;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

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

    @Override
    public List<AccountSummary> list(AccountFilter filter, PageRequest page) {
        AccountSort sort = AccountSort.byField(page.sortField()).orElse(AccountSort.NAME);
        String direction = page.descending() ? " DESC" : " ASC";
        // id breaks ties so that paging is stable when many rows share the sort value.
        return filtered(filter).select(SELECT_ROWS, sort.jpqlPath() + direction + ", a.id" + direction, AccountSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long count(AccountFilter filter) {
        return filtered(filter).select("SELECT COUNT(a)" + CrmScopes.FROM_ACCOUNT, "", Long.class).getSingleResult();
    }

    /** Keyset paging on the primary key. */
    @Override
    public List<AccountSummary> listAfter(AccountFilter filter, long afterId, int limit) {
        return filtered(filter).and("a.id > :afterId", "afterId", afterId)
                .select(SELECT_ROWS, "a.id", AccountSummary.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<AccountSummary> find(long id) {
        return scoped.of(guard.require(VIEW), CrmScopes.ACCOUNT).findInScope(SELECT_ROWS, id, AccountSummary.class);
    }

    /** The caller's scope first, then the filter; every value a bind parameter, sort columns from {@link AccountSort} only. */
    private ScopedQuery filtered(AccountFilter filter) {
        return scoped.of(guard.require(VIEW), CrmScopes.ACCOUNT)
                .and("a.name LIKE :name" + Like.ESCAPE, "name", Like.containing(filter.nameContains()))
                .and("a.territory = :territory", "territory", filter.territory())
                .and("a.status = :status", "status", filter.status())
                .and("a.ownerUsername = :owner", "owner", blankAsNull(filter.ownerUsername()));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        return summaryOf(account);
    }

    @Override
    public AccountSummary activate(long id) {
        CustomerAccount account = scoped.of(guard.require(EDIT), CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, id, CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), id));
        account.activate();
        return summaryOf(account);
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            scoped.of(guard.require(VIEW), CrmScopes.ACCOUNT).and("a.id IN :ids", "ids", List.copyOf(ids))
                    .select("SELECT a.id, a.name" + CrmScopes.FROM_ACCOUNT, "", Object[].class)
                    .getResultStream().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Optional<AccountCadence> cadence(long id) {
        return scoped.of(guard.require(VIEW), CrmScopes.ACCOUNT).and("a.id = :id", "id", id).and("c.tier = a.tier")
                .select(SELECT_CADENCE + CrmScopes.FROM_ACCOUNT + ", CadenceSetting c", "", AccountCadence.class)
                .getResultStream().findFirst();
    }

    @Override
    public AccountCadence setCadence(long id, AccountTier tier, Integer reorderIntervalDays) {
        CustomerAccount account = scoped.of(guard.require(EDIT), CrmScopes.ACCOUNT)
                .findInScope("SELECT a" + CrmScopes.FROM_ACCOUNT, id, CustomerAccount.class)
                .orElseThrow(() -> new NoSuchRecordException(CrmScopes.ACCOUNT.recordType(), id));
        account.setCadence(tier, reorderIntervalDays);
        return new AccountCadence(tier, em.find(CadenceSetting.class, tier).getIntervalDays(), reorderIntervalDays);
    }

    /** With the tier's interval: {@code CadenceSetting c} is joined in the WHERE clause ({@code c.tier = a.tier}). */
    private static final String SELECT_CADENCE = "SELECT NEW dev.portico.crm.service.AccountCadence(a.tier, c.intervalDays, a.reorderIntervalDays)";

    private static AccountSummary summaryOf(CustomerAccount account) {
        Organisation partner = account.getPartnerOrganisation();
        return new AccountSummary(account.getId(), account.getName(), account.getTerritory(),
                account.getOwnerUsername(), partner == null ? null : partner.getName(), account.getCity(),
                account.getCountry(), account.getStatus(), account.getCreatedAt());
    }
}
