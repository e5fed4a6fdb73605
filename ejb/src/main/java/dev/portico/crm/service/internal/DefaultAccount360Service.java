package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.service.AccessGuard;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.service.Account360;
import dev.portico.crm.service.Account360Service;
import dev.portico.crm.service.AccountSummary;
import dev.portico.crm.service.BalanceView;
import dev.portico.crm.service.ContactView;
import dev.portico.crm.service.CustomerAccountService;
import dev.portico.crm.service.InteractionView;
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
 * The 360° view: the account through {@link CustomerAccountService#find} (its scope, its refusal
 * log), then one constructor query per section, each bounded and, for orders and tickets, under
 * the scope of that section's own permission. Seven SELECTs (plus the permission checks' own
 * lookups) for any account: nothing is loaded row by row. One transaction, so one connection
 * and one consistent snapshot for all sections.
 */
@Stateless
@PermitAll
public class DefaultAccount360Service implements Account360Service {

    @EJB
    private CustomerAccountService accounts;

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
        List<ContactView> contacts = em.createQuery("SELECT NEW dev.portico.crm.service.ContactView(c.name, c.role, c.email, c.phone) "
                        + "FROM Contact c WHERE c.account.id = :id ORDER BY c.name, c.id", ContactView.class)
                .setParameter("id", accountId).setMaxResults(SECTION_LIMIT).getResultList();
        List<InteractionView> interactions = em.createQuery("SELECT NEW dev.portico.crm.service.InteractionView("
                        + "i.kind, i.occurredAt, i.byUsername, i.summary) FROM Interaction i WHERE i.account.id = :id "
                        + "ORDER BY i.occurredAt DESC, i.id DESC", InteractionView.class)
                .setParameter("id", accountId).setMaxResults(SECTION_LIMIT).getResultList();

        Optional<ScopeGrant> orders = guard.ifHeld(DefaultQuoteService.VIEW);
        List<QuoteSummary> quotes = orders.map(grant -> scoped.of(grant, CrmScopes.QUOTE).and("a.id = :id", "id", accountId)
                .select(DefaultQuoteService.SELECT_SUMMARY, DefaultQuoteService.NEWEST_FIRST, QuoteSummary.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).orElse(List.of());
        // The latest SECTION_LIMIT steps (the index read backwards), shown in the ERP's order.
        List<TimelineEntry> timeline = orders.map(grant -> scoped.of(grant, CrmScopes.TIMELINE).and("a.id = :id", "id", accountId)
                .select(DefaultQuoteService.SELECT_TIMELINE, "t.occurredAt DESC, t.id DESC", TimelineEntry.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).map(DefaultAccount360Service::oldestFirst).orElse(List.of());
        BalanceView balance = orders.flatMap(grant -> scoped.of(grant, CrmScopes.BALANCE).and("a.id = :id", "id", accountId)
                .select("SELECT NEW dev.portico.crm.service.BalanceView(b.balance, b.asOf) "
                        + "FROM AccountBalance b JOIN b.account a LEFT JOIN a.partnerOrganisation p", "", BalanceView.class)
                .getResultStream().findFirst()).orElse(null);

        Optional<ScopeGrant> service = guard.ifHeld(DefaultTicketService.VIEW);
        List<TicketSummary> tickets = service.map(grant -> scoped.of(grant, CrmScopes.TICKET).and("a.id = :id", "id", accountId)
                .select(DefaultTicketService.SELECT_SUMMARY, "t.createdAt DESC, t.id DESC", TicketSummary.class)
                .setMaxResults(SECTION_LIMIT).getResultList()).orElse(List.of());

        return Optional.of(new Account360(account.get(), contacts, interactions, orders.isPresent(), quotes, timeline, balance,
                service.isPresent(), tickets));
    }

    private static List<TimelineEntry> oldestFirst(List<TimelineEntry> newestFirst) {
        List<TimelineEntry> entries = new ArrayList<>(newestFirst);
        Collections.reverse(entries);
        return entries;
    }
}
