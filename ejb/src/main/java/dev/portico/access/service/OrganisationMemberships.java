package dev.portico.access.service;

import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.event.AccessChange;
import dev.portico.access.event.AccessChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Partner-organisation membership, which decides the ORGANISATION scope of a partner user. Like
 * roles, membership lives in Keycloak only; Portico records each change in the grant ledger.
 */
@Stateless
@PermitAll
public class OrganisationMemberships {

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private Event<AccessChanged> announce;

    @Inject
    private IdentityDirectory directory;

    public void add(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String organisationAlias,
                    @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(RoleGrants.EDIT);
        if (memberOf(username, organisationAlias)) {
            throw new GrantRejectedException(username + " is already a member of " + organisationAlias);
        }
        directory.addToOrganisation(username, organisationAlias);
        announce.fire(new AccessChanged(AccessChange.MEMBERSHIP_GRANTED,
                username, "organisation " + organisationAlias, reason, null,
                policies.current().version()));
    }

    public void remove(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 64) String organisationAlias,
                       @NotBlank @Size(max = AccessChanged.MAX_REASON_LENGTH) String reason) {
        guard.require(RoleGrants.EDIT);
        if (!memberOf(username, organisationAlias)) {
            throw new GrantRejectedException(username + " is not a member of " + organisationAlias);
        }
        directory.removeFromOrganisation(username, organisationAlias);
        announce.fire(new AccessChanged(AccessChange.MEMBERSHIP_REVOKED,
                username, "organisation " + organisationAlias, reason, null,
                policies.current().version()));
    }

    private boolean memberOf(String username, String organisationAlias) {
        return directory.user(username)
                .orElseThrow(() -> new GrantRejectedException("no user " + username))
                .organisations().contains(organisationAlias);
    }
}
