package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/**
 * The steps of taking a role away, shared by an administrator's revocation ({@link RoleGrants},
 * {@code access-admin:edit}) and a reviewer's decision ({@link ReviewDecisions},
 * {@code reviews:approve}). Package-private and not a bean: each caller has checked its own
 * permission, and no other path may skip that check. Keycloak first, so a failed call leaves no
 * record of a change that did not happen; the ledger last, as it serialises appends.
 */
final class RoleRevocation {

    private final IdentityDirectory directory;
    private final EntityManager em;
    private final Event<AccessChanged> announce;

    RoleRevocation(IdentityDirectory directory, EntityManager em, Event<AccessChanged> announce) {
        this.directory = directory;
        this.em = em;
        this.announce = announce;
    }

    /** Removes the role in Keycloak, ends an ACTIVE grant of it as REVOKED by {@code endedBy}, and records it. */
    void revoke(String username, String role, String endedBy, String reason, int policyVersion) {
        directory.revokeRealmRole(username, role);
        em.createNativeQuery("UPDATE role_grant SET status = 'REVOKED', ended_at = CURRENT_TIMESTAMP(6), ended_by = ? "
                        + "WHERE username = ? AND role_name = ? AND status = 'ACTIVE'")
                .setParameter(1, endedBy)
                .setParameter(2, username)
                .setParameter(3, role)
                .executeUpdate();
        announce.fire(new AccessChanged(AccessChange.ROLE_REVOKED, username, "role " + role, reason, null, policyVersion));
    }
}
