package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.directory.IdentityDirectory;
import dev.portico.access.directory.UnknownIdentityException;
import dev.portico.access.domain.DataScope;
import dev.portico.access.domain.EffectiveAccess;
import dev.portico.access.domain.Permission;
import dev.portico.access.domain.Policy;
import dev.portico.access.domain.PolicyRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts an auditor in another user's shoes: builds the {@link Caller} and {@link ScopeGrant}
 * that user would get, from Keycloak (roles, organisations) and the staff table (territory,
 * team), under the current policy. Needs {@code audit:view}.
 */
@Stateless
@PermitAll
public class AccessSubjects {

    @EJB
    private AccessGuard guard;

    @EJB
    private AccessPolicies policies;

    @Inject
    private IdentityDirectory directory;

    @Inject
    private StaffPlacements staff;

    public AccessSubject subjectOf(String username, Permission permission) {
        guard.require(SegregationOfDuties.AUDIT_VIEW);
        DirectoryUser user = directory.user(username).orElseThrow(() -> new UnknownIdentityException("no user " + username));
        Policy policy = policies.current();
        Set<String> roles = user.effectiveRoles().stream().filter(policy.roles()::contains).collect(Collectors.toUnmodifiableSet());
        StaffPlacements.Placement placement = staff.of(username);
        Caller caller = new Caller(username, roles, placement.territory(), placement.team(), List.copyOf(user.organisations()));
        List<PolicyRule> rules = policy.rules().stream()
                .filter(rule -> roles.contains(rule.role()) && rule.permission().equals(permission))
                .sorted(java.util.Comparator.comparing(PolicyRule::role))
                .toList();
        EffectiveAccess access = policy.effectiveFor(roles);
        Set<DataScope> scopes = access.scopesOf(permission);
        Optional<ScopeGrant> grant = scopes.isEmpty() ? Optional.empty() : Optional.of(new ScopeGrant(caller, permission, scopes));
        return new AccessSubject(user, caller, policy.version(), rules, grant);
    }
}
