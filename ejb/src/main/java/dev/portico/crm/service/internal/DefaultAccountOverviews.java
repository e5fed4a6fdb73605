package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.service.Account360;
import dev.portico.crm.service.AccountCadence;
import dev.portico.crm.service.AccountOverviews;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.BalanceSummary;
import dev.portico.crm.service.ContactSummary;
import dev.portico.crm.service.CustomerAccounts;
import dev.portico.crm.service.InteractionSummary;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.TicketSummary;
import dev.portico.crm.service.TimelineEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The 360° view: the account through {@link CustomerAccounts#find} (its scope, its refusal
 * log), then one constructor query per section, each bounded and, for orders and tickets, under
 * the scope of that section's own permission. Eight SELECTs (plus the permission checks' own
 * lookups) for any account: nothing is loaded row by row. One transaction, so one connection
 * and one consistent snapshot for all sections.
 */
@Stateless
@PermitAll
public class DefaultAccountOverviews implements AccountOverviews {

    @EJB
    private CustomerAccounts accounts;

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Override
    public Optional<Account360> find(long accountId) {
        Optional<AccountSummary> account = accounts.find(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        List<ContactSummary> contacts = em.createQuery("SELECT NEW dev.portico.crm.service.ContactSummary(c.name, c.role, c.email, c.phone) "
                        + "FROM Contact c WHERE c.account.id = :id ORDER BY c.name, c.id", ContactSummary.class)
                .setParameter("id", accountId).setMaxResults(SECTION_LIMIT).getResultList();
        List<InteractionSummary> interactions = em.createQuery("SELECT NEW dev.portico.crm.service.InteractionSummary("
                        + "i.kind, i.occurredAt, i.byUsername, i.summary) FROM Interaction i WHERE i.account.id = :id "
                        + "AND i.status = dev.portico.crm.domain.ActivityStatus.DONE "
                        + "ORDER BY i.occurredAt DESC, i.id DESC", InteractionSummary.class)
                .setParameter("id", accountId).setMaxResults(SECTION_LIMIT).getResultList();

        Optional<ScopeGrant> orders = guard.ifHeld(DefaultQuotes.VIEW);
        List<QuoteSummary> quotes = orders.map(grant -> scoped.of(grant, CrmScopes.QUOTE).and("a.id = :id", "id", accountId)
                .select(DefaultQuotes.SELECT_SUMMARY, DefaultQuotes.NEWEST_FIRST, QuoteSummary.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).orElse(List.of());
        // The latest SECTION_LIMIT steps (the index read backwards), shown in the ERP's order.
        List<TimelineEntry> timeline = orders.map(grant -> scoped.of(grant, CrmScopes.TIMELINE).and("a.id = :id", "id", accountId)
                .select(DefaultQuotes.SELECT_TIMELINE, "t.occurredAt DESC, t.id DESC", TimelineEntry.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).map(DefaultAccountOverviews::oldestFirst).orElse(List.of());
        BalanceSummary balance = orders.flatMap(grant -> scoped.of(grant, CrmScopes.BALANCE).and("a.id = :id", "id", accountId)
                .select("SELECT NEW dev.portico.crm.service.BalanceSummary(b.balance, b.asOf) "
                        + "FROM AccountBalance b JOIN b.account a LEFT JOIN a.partnerOrganisation p", "", BalanceSummary.class)
                .getResultStream().findFirst()).orElse(null);

        Optional<ScopeGrant> service = guard.ifHeld(DefaultTickets.VIEW);
        List<TicketSummary> tickets = service.map(grant -> scoped.of(grant, CrmScopes.TICKET).and("a.id = :id", "id", accountId)
                .select(DefaultTickets.SELECT_SUMMARY, "t.createdAt DESC, t.id DESC", TicketSummary.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).orElse(List.of());

        AccountCadence cadence = accounts.cadence(accountId).orElseThrow();
        return Optional.of(new Account360(account.get(), cadence, contacts, interactions, orders.isPresent(), quotes, timeline, balance,
                service.isPresent(), tickets));
    }

    private static List<TimelineEntry> oldestFirst(List<TimelineEntry> newestFirst) {
        List<TimelineEntry> entries = new ArrayList<>(newestFirst);
        Collections.reverse(entries);
        return entries;
    }
}
