package dev.portico.access.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The service layer's check: a method asks for the permission it needs and gets back the
 * scopes it reaches, to be put into its query; a caller without the permission gets an
 * {@link AccessDeniedException}, and the refusal is logged.
 */
@Stateless
@PermitAll
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @EJB
    private AccessPolicies policies;

    @Inject
    private StaffPlacements staff;

    @Resource
    private SessionContext session;

    @Inject
    private ActingFor actingFor;

    public ScopeGrant require(Permission permission) {
        return decide(standing(), permission);
    }

    /**
     * The grant if the caller holds the permission, else empty and nothing logged: for a page
     * that shows a section only to those who may read it, where not holding it is no refusal.
     */
    public Optional<ScopeGrant> ifHeld(Permission permission) {
        if (actingFor.organisation() != null && permission.action() != Action.VIEW) {
            return Optional.empty(); // viewing as a partner is read-only: a write section is simply not there
        }
        Standing standing = standing();
        return standing.access().allows(permission) ? Optional.of(decide(standing, permission)) : Optional.empty();
    }

    /**
     * The grant of the first of {@code permissions} the caller holds: for screens shared by two
     * duties (an SoD list is read by auditors and administrators alike).
     */
    public ScopeGrant requireAny(Permission... permissions) {
        Standing standing = standing();
        for (Permission permission : permissions) {
            if (standing.access().allows(permission)) {
                return decide(standing, permission);
            }
        }
        return decide(standing, permissions[0]);
    }

    /** The caller's roles and access under the policy in force, worked out once per check. */
    private record Standing(Policy policy, Set<String> roles, EffectiveAccess access) {
    }

    private Standing standing() {
        Policy policy = policies.current();
        Set<String> roles = policies.rolesOfCaller(policy);
        return new Standing(policy, roles, policy.effectiveFor(roles));
    }

    private ScopeGrant decide(Standing standing, Permission permission) {
        String username = session.getCallerPrincipal().getName();
        if (!standing.access().allows(permission)) {
            LOG.warning(() -> "Refused " + permission + " to " + username + " (roles " + standing.roles() + ", policy v"
                    + standing.policy().version() + ")");
            throw new AccessDeniedException(username, permission);
        }
        String organisation = actingFor.organisation();
        if (organisation != null) {
            try {
                return ActingFor.narrow(organisation, username, standing.roles(), standing.access(), permission);
            } catch (AccessDeniedException refused) {
                LOG.warning(() -> "Refused " + permission + " to " + username + " viewing as partner " + organisation + ": read-only");
                throw refused;
            }
        }
        Set<DataScope> scopes = standing.access().scopesOf(permission);
        return new ScopeGrant(caller(username, standing.roles(), scopes), permission, scopes);
    }

    /** Territory and team cost a query, so they are looked up only when a scope needs them. */
    private Caller caller(String username, Set<String> roles, Set<DataScope> scopes) {
        String territory = null;
        Set<String> team = Set.of(username);
        if (scopes.contains(DataScope.TERRITORY) || scopes.contains(DataScope.TEAM)) {
            StaffPlacements.Placement placement = staff.of(username);
            territory = placement.territory();
            team = placement.team();
        }
        return new Caller(username, roles, territory, team, organisations(session.getCallerPrincipal()));
    }

    /** Partner users carry their Keycloak organisations in the access token's {@code organization} claim. */
    private static List<String> organisations(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                && oidc.getOidcSecurityContext().getToken() != null
                && oidc.getOidcSecurityContext().getToken().hasClaim("organization")) {
            return oidc.getOidcSecurityContext().getToken().getStringListClaimValue("organization");
        }
        return List.of();
    }
}
