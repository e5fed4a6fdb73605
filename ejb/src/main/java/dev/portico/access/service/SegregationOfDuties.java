package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
    private AccessPolicies policies;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private Event<AccessChanged> announce;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    public List<SodPair> pairs() {
        guard.requireAny(AUDIT_VIEW, ADMIN_VIEW);
        return loadPairs(em);
    }

    /** Every user holding both sides of a pair under the current policy, by username. */
    public List<SodViolation> violations() {
        guard.requireAny(AUDIT_VIEW, ADMIN_VIEW);
        Policy policy = policies.current();
        List<SodPair> pairs = loadPairs(em);
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

    /**
     * Adds a pair; the order of the two permissions does not matter (a pair is found either way round). Recorded in
     * the ledger as a policy change: the pairs are part of the access policy, though they are not
     * versioned with its rules.
     */
    public void addPair(@NotBlank String permissionA, @NotBlank String permissionB,
                        @NotBlank @Size(max = 500) String description, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(RoleGrants.EDIT);
        String[] pair = normalised(permissionA, permissionB);
        if (exists(pair)) {
            throw new PolicyChangeRejectedException(pair[0] + " + " + pair[1] + " is already a conflicting pair");
        }
        em.createNativeQuery("INSERT INTO sod_conflict (permission_a, permission_b, description) VALUES (?, ?, ?)")
                .setParameter(1, pair[0])
                .setParameter(2, pair[1])
                .setParameter(3, description.strip())
                .executeUpdate();
        announce.fire(new AccessChanged(AccessChange.POLICY_CHANGED,
                "segregation-of-duties", "conflicting pair added: " + pair[0] + " + " + pair[1],
                reason, null, policies.current().version()));
    }

    /**
     * Asks to remove a pair. Removing a pair loosens what every grant and policy change is
     * checked against, so it never takes effect on one administrator's word: it is held for a
     * second one ({@link PolicyAdministration#approve}), who sees who holds both sides today.
     *
     * @return the id of the held change
     */
    public long removePair(@NotBlank String permissionA, @NotBlank String permissionB,
                           @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String admin = guard.require(RoleGrants.EDIT).caller().username();
        String[] pair = normalised(permissionA, permissionB);
        SodPair existing = loadPairs(em).stream()
                .filter(p -> p.permissionA().equals(pair[0]) && p.permissionB().equals(pair[1])
                        || p.permissionA().equals(pair[1]) && p.permissionB().equals(pair[0]))
                .findFirst()
                .orElseThrow(() -> new PolicyChangeRejectedException(pair[0] + " + " + pair[1] + " is not a conflicting pair"));
        Policy policy = policies.current();
        String allowed = String.join("; ", SodCheck.allowedByRemoving(policy, existing, directory.users()));
        em.createNativeQuery("INSERT INTO held_policy_change (kind, base_version, permission_a, permission_b, summary, conflicts, "
                        + "reason, requested_by, status) VALUES ('SOD_PAIR_REMOVAL', ?, ?, ?, ?, ?, ?, ?, 'PENDING')")
                .setParameter(1, policy.version())
                .setParameter(2, existing.permissionA())
                .setParameter(3, existing.permissionB())
                .setParameter(4, "remove the conflicting pair " + existing.permissionA() + " + " + existing.permissionB())
                .setParameter(5, PolicyAdministration.cut(allowed, PolicyAdministration.HELD_CONFLICTS_LENGTH))
                .setParameter(6, reason)
                .setParameter(7, admin)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** Deletes a pair, once a second administrator approved its removal. */
    static void deletePair(EntityManager em, String permissionA, String permissionB) {
        em.createNativeQuery("DELETE FROM sod_conflict WHERE permission_a = ? AND permission_b = ?")
                .setParameter(1, permissionA)
                .setParameter(2, permissionB)
                .executeUpdate();
    }

    /** Both permissions parsed, so a typo is refused rather than stored as a pair that never matches. */
    static String[] normalised(String permissionA, String permissionB) {
        String a;
        String b;
        try {
            a = Permission.parse(permissionA.strip()).toString();
            b = Permission.parse(permissionB.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new PolicyChangeRejectedException("not a permission (module:action): " + e.getMessage());
        }
        if (a.equals(b)) {
            throw new PolicyChangeRejectedException("a permission cannot conflict with itself");
        }
        return new String[] {a, b};
    }

    private boolean exists(String[] pair) {
        return !em.createNativeQuery("SELECT 1 FROM sod_conflict WHERE (permission_a = ? AND permission_b = ?) "
                        + "OR (permission_a = ? AND permission_b = ?)")
                .setParameter(1, pair[0])
                .setParameter(2, pair[1])
                .setParameter(3, pair[1])
                .setParameter(4, pair[0])
                .getResultList().isEmpty();
    }

    /** The roles among {@code held} whose rules give {@code permission} a scope that reaches something. */
    static Set<String> rolesGranting(Policy policy, Set<String> held, Permission permission) {
        return policy.rules().stream()
                .filter(rule -> held.contains(rule.role()) && rule.permission().equals(permission)
                        && rule.scope() != DataScope.NONE)
                .map(PolicyRule::role)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The configured pairs; also what {@link RoleGrants} checks a new grant against. */
    static List<SodPair> loadPairs(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT permission_a, permission_b, description FROM sod_conflict ORDER BY permission_a, permission_b").getResultList();
        return rows.stream().map(r -> new SodPair((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
