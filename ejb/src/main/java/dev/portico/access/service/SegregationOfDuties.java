package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Segregation of duties as it stands: the configured pairs, the users who hold both sides now
 * (roles read from Keycloak, permissions from the current policy) and the grants held back for a
 * second administrator. Read by auditors ({@code audit:view}) and administrators
 * ({@code access-admin:view}).
 */
@Stateless
@PermitAll
public class SegregationOfDuties {

    static final Permission AUDIT_VIEW = Permission.of("audit", Action.VIEW);
    static final Permission ADMIN_VIEW = Permission.of("access-admin", Action.VIEW);

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicyService policies;

    @Inject
    private IdentityDirectory directory;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    public List<SodPair> pairs() {
        guard.requireAny(AUDIT_VIEW, ADMIN_VIEW);
        return loadPairs();
    }

    /** Every user holding both sides of a pair under the current policy, by username. */
    public List<SodViolation> violations() {
        guard.requireAny(AUDIT_VIEW, ADMIN_VIEW);
        Policy policy = policies.current();
        List<SodPair> pairs = loadPairs();
        List<SodViolation> found = new ArrayList<>();
        for (DirectoryUser user : directory.users()) {
            for (SodPair pair : pairs) {
                Set<String> a = rolesGranting(policy, user.effectiveRoles(), Permission.parse(pair.permissionA()));
                Set<String> b = rolesGranting(policy, user.effectiveRoles(), Permission.parse(pair.permissionB()));
                if (!a.isEmpty() && !b.isEmpty()) {
                    found.add(new SodViolation(user.username(), user.displayName(), pair.permissionA(), pair.permissionB(), a, b));
                }
            }
        }
        return found;
    }

    /** Grants waiting for a second administrator, oldest first. */
    public List<PendingGrant> pendingGrants() {
        guard.requireAny(AUDIT_VIEW, ADMIN_VIEW);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, username, role_name, requested_by, requested_at, reason, conflicts, expires_at "
                        + "FROM role_grant WHERE status = 'PENDING' ORDER BY requested_at, id")
                .getResultList();
        return rows.stream()
                .map(r -> new PendingGrant(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        ((Timestamp) r[4]).toInstant(), (String) r[5], (String) r[6],
                        r[7] == null ? null : ((Timestamp) r[7]).toInstant()))
                .toList();
    }

    /** The roles among {@code held} whose rules give {@code permission} a scope that reaches something. */
    static Set<String> rolesGranting(Policy policy, Set<String> held, Permission permission) {
        return policy.rules().stream()
                .filter(rule -> held.contains(rule.role()) && rule.permission().equals(permission)
                        && rule.scope() != DataScope.NONE)
                .map(PolicyRule::role)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<SodPair> loadPairs() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT permission_a, permission_b, description FROM sod_conflict ORDER BY permission_a, permission_b").getResultList();
        return rows.stream().map(r -> new SodPair((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
