package dev.portico.crm.service.internal;

import static dev.portico.access.Roles.FINANCE;
import static dev.portico.access.Roles.SALES_MANAGER;
import static dev.portico.access.Roles.SALES_REP;
import static dev.portico.access.Roles.SERVICE_AGENT;

import dev.portico.access.domain.Organisation;
import dev.portico.crm.domain.CustomerAccount;
import dev.portico.crm.event.AccountOpenedEvent;
import dev.portico.crm.service.AccountFilter;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.CustomerAccountService;
import dev.portico.crm.service.NewAccount;
import dev.portico.crm.service.UnknownOrganisationException;
import dev.portico.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
 * Roles are declared on the class so that no method is left to WildFly's default (which
 * denies an unannotated method once any method of the bean is secured).
 * {@code @ValidateOnExecution} makes Hibernate Validator's CDI extension notice this bean: it
 * only looks for annotations on the class itself, not the constraints on its interface (HV-994).
 */
@Stateless
@ValidateOnExecution
@RolesAllowed({SALES_REP, SALES_MANAGER, SERVICE_AGENT, FINANCE})
public class DefaultCustomerAccountService implements CustomerAccountService {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** Container-managed: the send joins the JTA transaction, so it commits or rolls back with the insert. */
    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/CrmAccountEvents")
    private Queue accountEvents;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<AccountSummary> list(AccountFilter filter, PageRequest page) {
        return new AccountListQuery(filter).rows(em, page).getResultList();
    }

    @Override
    public long count(AccountFilter filter) {
        return new AccountListQuery(filter).count(em).getSingleResult();
    }

    @Override
    public Optional<AccountSummary> find(long id) {
        return em.createQuery(AccountListQuery.SELECT_ROWS + " WHERE a.id = :id", AccountSummary.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    @RolesAllowed({SALES_REP, SALES_MANAGER})
    public AccountSummary open(NewAccount request) {
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
