package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.domain.Action;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Granting and revoking job roles. The role itself is changed in Keycloak (the only copy);
 * Portico keeps the request, its approval, expiry and end in {@code role_grant}, and every step
 * in the grant ledger. Keycloak is called before the database work, so a failed call leaves no
 * record of a change that did not happen; the ledger entry comes last, as it serialises appends.
 */
@Stateless
@PermitAll
public class RoleGrants {

    static final Permission EDIT = Permission.of("access-admin", Action.EDIT);

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @EJB
    private GrantExpiryTimer expiry;

    @Inject
    private IdentityDirectory directory;

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /**
     * Grants {@code role} to {@code username}, until {@code expiresAt} if given; never to the
     * administrator herself. A grant that would give the user both sides of a
     * segregation-of-duties pair is not applied but left PENDING for a second administrator's
     * {@link #approve}.
     */
    public GrantOutcome grant(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String role,
                              @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason, @Future Instant expiresAt) {
        String admin = guard.require(EDIT).caller().username();
        if (admin.equals(username)) {
            throw new GrantRejectedException("nobody grants a role to themselves: ask another administrator");
        }
        Set<String> roles = directory.realmRolesOf(username);
        if (roles.contains(role)) {
            throw new GrantRejectedException(username + " already holds " + role);
        }
        Set<String> after = new HashSet<>(roles);
        after.add(role);
        List<String> conflicts = conflictsOf(after);
        boolean apply = conflicts.isEmpty();
        if (apply) {
            directory.grantRealmRole(username, role);
        }
        em.createNativeQuery("INSERT INTO role_grant (username, role_name, status, requested_by, reason, conflicts, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, username)
                .setParameter(2, role)
                .setParameter(3, apply ? "ACTIVE" : "PENDING")
                .setParameter(4, admin)
                .setParameter(5, reason)
                .setParameter(6, conflicts.isEmpty() ? null : String.join("; ", conflicts))
                .setParameter(7, expiresAt == null ? null : Timestamp.from(expiresAt))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        if (apply) {
            activated(id, expiresAt);
            announce.fire(new AccessChanged(AccessChange.ROLE_GRANTED,
                    username, describe(role, expiresAt), reason, null, policies.current().version()));
        }
        return new GrantOutcome(id, apply, conflicts);
    }

    /** A second administrator applies a PENDING grant; the one who asked for it cannot. */
    public void approve(long grantId, @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String approver = guard.require(EDIT).caller().username();
        Object[] row = pending(grantId);
        String username = (String) row[0];
        String role = (String) row[1];
        if (approver.equals(row[2])) {
            throw new GrantRejectedException("a conflicting grant needs a second administrator's approval");
        }
        if (approver.equals(username)) {
            throw new GrantRejectedException("nobody approves a role for themselves");
        }
        Instant expiresAt = row[3] == null ? null : ((Timestamp) row[3]).toInstant();
        directory.grantRealmRole(username, role);
        em.createNativeQuery("UPDATE role_grant SET status = 'ACTIVE', approved_by = ? WHERE id = ?")
                .setParameter(1, approver)
                .setParameter(2, grantId)
                .executeUpdate();
        activated(grantId, expiresAt);
        announce.fire(new AccessChanged(AccessChange.GRANT_APPROVED,
                username, describe(role, expiresAt) + "; conflicts: " + row[4],
                reason, approver, policies.current().version()));
    }

    public void revoke(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String role,
                       @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        String admin = guard.require(EDIT).caller().username();
        if (!directory.realmRolesOf(username).contains(role)) {
            throw new GrantRejectedException(username + " does not hold " + role);
        }
        new RoleRevocation(directory, em, announce).revoke(username, role, admin, reason, policies.current().version());
    }

    /**
     * Called by {@link GrantExpiryTimer} when a time-limited grant runs out. Only a grant whose
     * time is up (a second of slack for the timer) is ended: an early call changes nothing.
     */
    public void expire(long grantId) {
        String actor = guard.require(EDIT).caller().username();
        List<?> rows = em.createNativeQuery("SELECT username, role_name FROM role_grant WHERE id = ? AND status = 'ACTIVE' "
                        + "AND expires_at <= CURRENT_TIMESTAMP(6) + INTERVAL 1 SECOND")
                .setParameter(1, grantId)
                .getResultList();
        if (rows.isEmpty()) {
            return; // revoked by hand before it expired
        }
        Object[] row = (Object[]) rows.get(0);
        String username = (String) row[0];
        String role = (String) row[1];
        if (directory.realmRolesOf(username).contains(role)) {
            directory.revokeRealmRole(username, role);
        }
        em.createNativeQuery("UPDATE role_grant SET status = 'EXPIRED', ended_at = CURRENT_TIMESTAMP(6), ended_by = ? WHERE id = ?")
                .setParameter(1, actor)
                .setParameter(2, grantId)
                .executeUpdate();
        announce.fire(new AccessChanged(AccessChange.GRANT_EXPIRED,
                username, "role " + role, "time-limited grant " + grantId + " expired",
                null, policies.current().version()));
    }

    /** The segregation-of-duties pairs that a user with these roles would hold both sides of. */
    private List<String> conflictsOf(Set<String> roles) {
        EffectiveAccess access = policies.current().effectiveFor(roles);
        return SegregationOfDuties.loadPairs(em).stream()
                .filter(p -> access.allows(Permission.parse(p.permissionA())) && access.allows(Permission.parse(p.permissionB())))
                .map(p -> p.permissionA() + " + " + p.permissionB())
                .toList();
    }

    private Object[] pending(long grantId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT username, role_name, requested_by, expires_at, conflicts FROM role_grant WHERE id = ? AND status = 'PENDING'")
                .setParameter(1, grantId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new GrantRejectedException("no pending grant " + grantId);
        }
        return (Object[]) rows.get(0);
    }

    private void activated(long grantId, Instant expiresAt) {
        if (expiresAt != null) {
            expiry.schedule(grantId, expiresAt);
        }
    }

    private static String describe(String role, Instant expiresAt) {
        return "role " + role + (expiresAt == null ? "" : " until " + expiresAt);
    }
}
