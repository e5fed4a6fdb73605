package dev.portico.crm.service.internal;

import dev.portico.access.query.ScopedQueries;
import dev.portico.access.query.ScopedQuery;
import dev.portico.access.service.AccessGuard;
import dev.portico.crm.domain.AccountTier;
import dev.portico.crm.domain.CadenceSetting;
import dev.portico.crm.service.ContactCadence;
import dev.portico.crm.service.OverdueAccount;
import dev.portico.crm.service.ReorderDue;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Overdue accounts through the pipeline permission over the account's owner (CrmScopes.ACCOUNT:
 * OWN is the rep's accounts, TEAM the manager's team's). Per tier, an account is overdue when it
 * is older than the tier's interval and has no done activity since the cut-off (a planned one is
 * not contact yet): a NOT EXISTS on
 * the (account, occurred_at) index. The last contact of the listed accounts is one grouped query.
 */
@Stateless
@ValidateOnExecution
@PermitAll
public class DefaultContactCadence implements ContactCadence {

    @EJB
    private AccessGuard guard;

    @Inject
    private ScopedQueries scoped;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<OverdueAccount> overdue(int limit) {
        var grant = guard.require(DefaultOpportunities.VIEW);
        Instant now = clock.instant();
        List<Object[]> found = new ArrayList<>();
        Map<AccountTier, Integer> intervals = new HashMap<>();
        for (CadenceSetting setting : em.createQuery("SELECT c FROM CadenceSetting c", CadenceSetting.class).getResultList()) {
            intervals.put(setting.getTier(), setting.getIntervalDays());
            Instant cutoff = now.minus(Duration.ofDays(setting.getIntervalDays()));
            ScopedQuery query = scoped.of(grant, CrmScopes.ACCOUNT)
                    .and("a.tier = :tier", "tier", setting.getTier())
                    .and("a.status <> dev.portico.crm.domain.AccountStatus.INACTIVE")
                    .and("a.createdAt < :cutoff", "cutoff", cutoff)
                    .and("NOT EXISTS (SELECT i FROM Interaction i WHERE i.account = a AND i.occurredAt >= :cutoff "
                            + "AND i.status = dev.portico.crm.domain.ActivityStatus.DONE)");
            // the oldest accounts of the tier first: the longest overdue among those never contacted
            found.addAll(query.select("SELECT a.id, a.name, a.ownerUsername, a.tier, a.createdAt" + CrmScopes.FROM_ACCOUNT, "a.createdAt, a.id",
                            Object[].class)
                    .setMaxResults(limit)
                    .getResultList());
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> opened = new HashMap<>();
        found.forEach(r -> opened.put((Long) r[0], (Instant) r[4]));
        Map<Long, Instant> last = new HashMap<>();
        List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT i.account.id, MAX(i.occurredAt) FROM Interaction i WHERE i.account.id IN :ids "
                            + "AND i.status = dev.portico.crm.domain.ActivityStatus.DONE GROUP BY i.account.id",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList()
                    .forEach(r -> last.put((Long) r[0], (Instant) r[1]));
        }
        return found.stream()
                .map(r -> new OverdueAccount((Long) r[0], (String) r[1], (String) r[2], (AccountTier) r[3], intervals.get((AccountTier) r[3]),
                        last.get((Long) r[0])))
                // longest overdue first: by the day contact was due (last contact or opening, plus the interval)
                .sorted(Comparator.comparing((OverdueAccount o) -> (o.lastContact() == null ? opened.get(o.accountId()) : o.lastContact())
                        .plus(Duration.ofDays(o.intervalDays()))).thenComparing(OverdueAccount::accountId))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ReorderDue> reorderDue(int limit) {
        var grant = guard.require(DefaultOpportunities.VIEW);
        Instant now = clock.instant();
        // One grouped query over the signed quotes of recurring accounts in scope; whether each is
        // due depends on its own interval, compared here (a handful of accounts per rep).
        return scoped.of(grant, CrmScopes.ACCOUNT)
                .and("q.status = dev.portico.crm.domain.QuoteStatus.SIGNED")
                .and("a.reorderIntervalDays IS NOT NULL")
                .and("a.status = dev.portico.crm.domain.AccountStatus.ACTIVE")
                .selectGrouped("SELECT a.id, a.name, a.ownerUsername, a.reorderIntervalDays, MAX(q.signedAt) FROM Quote q JOIN q.account a "
                        + "LEFT JOIN a.partnerOrganisation p", "a.id, a.name, a.ownerUsername, a.reorderIntervalDays", Object[].class)
                .getResultList()
                .stream()
                .map(r -> new ReorderDue((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], (Instant) r[4]))
                .filter(d -> d.lastOrder().plus(Duration.ofDays(d.intervalDays())).isBefore(now))
                .sorted(Comparator.comparing((ReorderDue d) -> d.lastOrder().plus(Duration.ofDays(d.intervalDays())))
                        .thenComparing(ReorderDue::accountId))
                .limit(limit)
                .toList();
    }
}
