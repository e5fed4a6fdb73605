package dev.portico.access.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy in force, cached. Every call checks the current version number, at most once per
 * {@link #RECHECK}, so a change published by any server reaches all users without a restart,
 * and a user's access is recomputed only when the version moves.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AccessPolicies {

    static final Duration RECHECK = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Policy policy;
    private volatile long checkedAt;

    public Policy current() {
        long now = System.nanoTime();
        Policy cached = policy;
        if (cached == null || checkedAt == 0 || now - checkedAt > RECHECK.toNanos()) {
            int version = currentVersion();
            if (cached == null || cached.version() != version) {
                cached = load(version);
                policy = cached;
            }
            checkedAt = now;
        }
        return cached;
    }

    /**
     * Makes the next call re-read the version once the current transaction has committed, so
     * that the publishing administrator's own server applies a change at once.
     */
    public void refreshAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                checkedAt = 0;
            }
        });
    }

    /** The calling user's access under the current policy. */
    public EffectiveAccess effectiveAccessOfCaller() {
        Policy current = current();
        return current.effectiveFor(rolesOfCaller(current));
    }

    /** The policy's roles that the caller holds. */
    public Set<String> rolesOfCaller(Policy current) {
        return current.roles().stream().filter(session::isCallerInRole).collect(Collectors.toUnmodifiableSet());
    }

    private int currentVersion() {
        return ((Number) em.createNativeQuery("SELECT MAX(version) FROM access_policy_version").getSingleResult()).intValue();
    }

    private Policy load(int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT role_name, module_id, action, data_scope FROM access_policy_rule WHERE version = ?")
                .setParameter(1, version)
                .getResultList();
        List<PolicyRule> rules = rows.stream()
                .map(r -> new PolicyRule((String) r[0],
                        Permission.of((String) r[1], Action.valueOf(((String) r[2]).toUpperCase(Locale.ROOT))),
                        DataScope.valueOf((String) r[3])))
                .toList();
        return new Policy(version, rules);
    }
}
